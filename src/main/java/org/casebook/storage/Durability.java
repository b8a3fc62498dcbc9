package org.casebook.storage;

/**
 * How far a committed change has gone when {@link CaseDatabase#write} returns (ADR 13). The app uses {@link #SYNCED};
 * the others exist so that the benchmark and the crash test can measure and show the difference.
 */
public enum Durability {
    /** H2's default: a commit stays in memory for up to about a second, so a crash soon after it loses it. */
    DELAYED(""),
    /** {@code WRITE_DELAY=0}: each commit is handed to the operating system before it returns; a killed or crashed
     *  program loses nothing it reported. */
    WRITTEN(";WRITE_DELAY=0"),
    /** {@link #WRITTEN} and {@code CHECKPOINT SYNC} after every write: also on the disk itself, should the machine
     *  lose power. */
    SYNCED(";WRITE_DELAY=0");

    /** What the app uses. */
    public static final Durability APP = SYNCED;

    private final String urlSettings;

    Durability(String urlSettings) {
        this.urlSettings = urlSettings;
    }

    String urlSettings() {
        return urlSettings;
    }
}
