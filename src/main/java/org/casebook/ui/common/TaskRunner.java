package org.casebook.ui.common;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Worker;
import org.casebook.domain.ProgressListener;

/**
 * Runs work that may take a while (opening a case takes a backup first) away from the screen's thread, then hands
 * the result or the failure back on it. {@link ImmediateTaskRunner} runs everything at once for tests.
 */
public interface TaskRunner {

    /** Work to run in the background; it may report progress and may throw. */
    @FunctionalInterface
    interface Work<T> {
        T call(ProgressListener progress) throws Exception;
    }

    /**
     * Starts {@code work}; exactly one of {@code onSuccess} and {@code onFailure} is called afterwards, on the thread
     * that may touch the screen.
     */
    <T> void run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /**
     * Like {@link #run}, but also hands back the running work so a screen can show its progress and offer Cancel.
     * Cancelling reaches the work through {@link ProgressListener#isCancelled()} and ends in {@code onFailure} with a
     * {@link org.casebook.domain.CancelledException}. Runners without a screen (tests) return nothing to watch.
     */
    default <T> Optional<Worker<T>> runCancellable(Work<T> work, Consumer<? super T> onSuccess,
                                                   Consumer<? super Throwable> onFailure) {
        run(work, onSuccess, onFailure);
        return Optional.empty();
    }
}
