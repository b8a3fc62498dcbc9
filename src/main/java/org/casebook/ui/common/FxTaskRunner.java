package org.casebook.ui.common;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.casebook.domain.CancelledException;
import org.casebook.domain.ProgressListener;

/**
 * Runs work on one background thread as a {@link Task}; results and failures come back on the JavaFX thread.
 * One thread, not a pool: case files are changed one action at a time, in the order the member asked for them.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "casebook-work");
        // A daemon, so that a window closed mid-task never keeps the program alive invisibly.
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        submit(work, onSuccess, onFailure);
    }

    /** Starts the work and returns its task, so that a view can show its progress and offer to cancel it. */
    public <T> Task<T> submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        WorkTask<T> task = new WorkTask<>(work);
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        task.setOnCancelled(event -> onFailure.accept(new CancelledException(task.getTitle().isEmpty() ? "The work" : task.getTitle())));
        executor.execute(task);
        return task;
    }

    @Override
    public <T> Optional<Worker<T>> runCancellable(Work<T> work, Consumer<? super T> onSuccess,
                                                  Consumer<? super Throwable> onFailure) {
        return Optional.of(submit(work, onSuccess, onFailure));
    }

    /** A task that hands its work a plain listener forwarding to the task's progress, message and cancel state. */
    private static final class WorkTask<T> extends Task<T> implements ProgressListener {
        private final Work<T> work;

        WorkTask(Work<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.call(this);
        }

        /**
         * Cancelling only raises the flag the work checks between steps. It never interrupts the thread: an
         * interrupted H2 file channel closes the whole database, and the case would have to be opened again.
         */
        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return super.cancel(false);
        }

        @Override
        public void progress(long done, long total, String message) {
            updateProgress(done, total);
            updateMessage(message);
        }
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
