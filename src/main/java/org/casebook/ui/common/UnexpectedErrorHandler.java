package org.casebook.ui.common;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence: an error nobody expected is written to the log and explained calmly — what happened and
 * where the log file is — with the technical details folded away. One dialog at a time, so a fault that repeats in a
 * loop cannot bury the member in windows.
 */
public final class UnexpectedErrorHandler implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    private final DialogService dialogs;
    private final Messages messages;
    private final Path logFile;
    private final AtomicBoolean showing = new AtomicBoolean();

    public UnexpectedErrorHandler(DialogService dialogs, Messages messages, Path logFile) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.logFile = Objects.requireNonNull(logFile, "logFile");
    }

    /** Makes this the handler for the JavaFX thread (call on it) and for every other thread. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Unexpected error on thread {}", thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            try {
                Platform.runLater(() -> show(error));
            } catch (IllegalStateException notRunning) {
                // JavaFX has stopped (or never started): the log entry above is all that can be done.
            }
        }
    }

    private void show(Throwable error) {
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        try {
            dialogs.showError(messages.get("error.unexpected.title"),
                    messages.format("error.unexpected.message", logFile), error);
        } finally {
            showing.set(false);
        }
    }
}
