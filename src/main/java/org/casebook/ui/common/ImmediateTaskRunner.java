package org.casebook.ui.common;

import java.util.function.Consumer;
import org.casebook.domain.ProgressListener;

/** Runs work on the calling thread, so view-model tests see the whole outcome as soon as a command returns. */
public final class ImmediateTaskRunner implements TaskRunner {

    @Override
    public <T> void run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call(ProgressListener.NONE);
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        // Outside the try, so that a failing success handler is not mistaken for failing work.
        onSuccess.accept(result);
    }
}
