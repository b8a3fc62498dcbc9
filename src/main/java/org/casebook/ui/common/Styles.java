package org.casebook.ui.common;

/** Style classes from {@code casebook.css} that code sets; FXML names the same classes directly. */
public final class Styles {

    public static final String STYLESHEET = "/org/casebook/ui/casebook.css";

    /** Text that matters less: paths, hints. */
    public static final String MUTED = "cb-muted";
    /** A recent case whose folder is gone. */
    public static final String MISSING = "cb-missing";
    public static final String RECENT_NAME = "cb-recent-name";
    public static final String RECENT_PATH = "cb-recent-path";
    public static final String RECENT_CELL = "cb-recent-cell";
    public static final String DIALOG = "cb-dialog";
    public static final String DETAILS = "cb-details";
    /** Content of a dialog built from controls rather than a single message. */
    public static final String DIALOG_CONTENT = "cb-dialog-content";
    public static final String CHOICE_LIST = "cb-choice-list";

    private Styles() {
    }
}
