package org.casebook.ui.common;

/**
 * How long work reports how far it has got, without knowing about JavaFX: the work calls these methods from its own
 * thread and {@link FxTaskRunner} forwards them to a {@code javafx.concurrent.Task}. Plain Java on purpose, so the
 * interface can move next to the services that will report progress (import, export, pack).
 */
public interface ProgressListener {

    /** Ignores every report; for work run where nobody watches (tests, the CLI). */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(long done, long total) {
            // nobody is watching
        }

        @Override
        public void message(String message) {
            // nobody is watching
        }
    };

    /** {@code done} of {@code total} steps; a negative total means "unknown", shown as an indeterminate bar. */
    void progress(long done, long total);

    /** A short, user-readable line about the current step, e.g. "Taking a backup…". */
    void message(String message);
}
