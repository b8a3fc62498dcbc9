package org.casebook.domain;

/**
 * How long work (import, export, pack) reports progress and learns it was cancelled, without knowing about any UI.
 * The desktop app adapts it to a JavaFX task; the command line and tests use {@link #NONE}.
 */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(long done, long total, String message) {
            // Nobody is watching.
        }
    };

    /** {@code done} of {@code total} steps are finished; {@code message} says what is happening now. */
    void progress(long done, long total, String message);

    /** Whether the member asked to stop; work checks this between steps and stops with nothing stored. */
    default boolean isCancelled() {
        return false;
    }
}
