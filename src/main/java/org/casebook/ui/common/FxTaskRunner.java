package org.casebook.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

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
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call(new TaskProgress());
            }

            /** Adapts the plain listener to the task's own progress and message properties. */
            final class TaskProgress implements ProgressListener {
                @Override
                public void progress(long done, long total) {
                    updateProgress(done, total);
                }

                @Override
                public void message(String message) {
                    updateMessage(message);
                }
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        executor.execute(task);
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
