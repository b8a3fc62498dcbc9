package org.casebook.testsupport;

import org.casebook.domain.ProgressListener;

/** For tests: a member who has already pressed Cancel, so work stops at its first check. */
public final class CancelledProgress {

    public static final ProgressListener LISTENER = new ProgressListener() {
        @Override
        public void progress(long done, long total, String message) {
            // Nobody is watching.
        }

        @Override
        public boolean isCancelled() {
            return true;
        }
    };

    private CancelledProgress() {
    }
}
