package org.casebook.ui.common;

/** Style classes from {@code casebook.css} that code sets; FXML names the same classes directly. */
public final class Styles {

    public static final String STYLESHEET = "/org/casebook/ui/casebook.css";

    /** Text that matters less: paths, hints. */
    public static final String MUTED = "cb-muted";
    /** A word a search found: marked in results' snippets and in the item's texts it opens. */
    public static final String SEARCH_MARK = "cb-search-mark";
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

    /** The review step's letter text and its regions; paragraph classes carry the rules that do not rely on colour. */
    public static final String LETTER_TEXT = "cb-letter-text";
    public static final String REGION_FRAME = "cb-region-frame";
    public static final String REGION_CONCERN = "cb-region-concern";
    public static final String REGION_RESPONSE = "cb-region-response";
    public static final String REGION_SELECTED = "cb-region-selected";
    public static final String PARAGRAPH_FRAME = "cb-par-frame";
    public static final String PARAGRAPH_CONCERN = "cb-par-concern";
    public static final String PARAGRAPH_RESPONSE = "cb-par-response";
    public static final String PARAGRAPH_SELECTED = "cb-par-selected";
    /** The review step's list of items. */
    public static final String ITEM_CELL = "cb-item-cell";
    public static final String ITEM_PATH = "cb-item-path";
    public static final String ITEM_TEXTS = "cb-item-texts";
    public static final String ITEM_CONCERN = "cb-item-concern";
    public static final String ITEM_RESPONSE = "cb-item-response";
    public static final String NO_RESPONSE = "cb-no-response";
    /** The main window while files are dragged over it. */
    public static final String DROP_TARGET = "cb-drop-target";
    /** The codebook editor's theme tree and response-type list: a row, its name, its count, a theme's colour. */
    public static final String CODE_CELL = "cb-code-cell";
    public static final String CODE_NAME = "cb-code-name";
    public static final String CODE_COUNT = "cb-code-count";
    public static final String CODE_SWATCH = "cb-code-swatch";

    /** The commitments screen: a row of buttons, the forms, and rows whose state shows by a sign and a style. */
    public static final String BUTTON_ROW = "cb-button-row";
    public static final String COMMITMENT_FORM = "cb-commitment-form";
    public static final String COMMITMENT_OVERDUE = "cb-commitment-overdue";
    public static final String COMMITMENT_OPEN = "cb-commitment-open";
    public static final String COMMITMENT_KEPT = "cb-commitment-kept";
    public static final String COMMITMENT_BROKEN = "cb-commitment-broken";
    public static final String COMMITMENT_UNCLEAR = "cb-commitment-unclear";
    public static final String COMMITMENT_STATUS_CELL = "cb-commitment-status";
    public static final String COMMITMENT_HISTORY_LINE = "cb-commitment-history-line";

    /** The threads screen: compare columns, marker badges (each marker adds cb-marker-CODE), the word diff, the matrix. */
    public static final String THREAD_CARD = "cb-thread-card";
    public static final String THREAD_CARD_HEADING = "cb-thread-card-heading";
    public static final String THREAD_FIELD = "cb-thread-field";
    public static final String THREAD_MARKER = "cb-marker";
    public static final String DIFF_TEXT = "cb-diff";
    public static final String DIFF_ADDED = "cb-diff-added";
    public static final String DIFF_REMOVED = "cb-diff-removed";
    public static final String STANCE = "cb-stance";
    public static final String MATRIX_HEADER = "cb-matrix-header";
    public static final String MATRIX_THREAD = "cb-matrix-thread";
    public static final String MATRIX_CELL = "cb-matrix-cell";
    public static final String MATRIX_ENTRY = "cb-matrix-entry";
    public static final String THREAD_LIST_CELL = "cb-thread-cell";

    /** The campaigns screen: its forms, a late request's row, the answer matrix's cells and the dashboard's tile. */
    public static final String CAMPAIGN_FORM = "cb-campaign-form";
    public static final String CAMPAIGN_REFUSAL = "cb-campaign-refusal";
    public static final String CAMPAIGN_FIELD_STACK = "cb-campaign-field-stack";
    public static final String CAMPAIGN_DRAFT = "cb-campaign-draft";
    public static final String CAMPAIGN_DRAFT_WAYS = "cb-campaign-draft-ways";
    public static final String CAMPAIGN_CELL = "cb-campaign-cell";
    public static final String CAMPAIGN_TITLE = "cb-campaign-title";
    public static final String REQUEST_OVERDUE = "cb-request-overdue";
    public static final String ANSWER_CELL = "cb-answer-cell";
    public static final String ANSWER_KIND = "cb-answer-kind";
    public static final String ANSWER_WORDS = "cb-answer-words";
    public static final String ANSWER_LATE = "cb-answer-late";
    /** Added with the kind's key, e.g. {@code cb-answer-refused}; the kind's words say the same without colour. */
    public static final String ANSWER_PREFIX = "cb-answer-";
    public static final String OVERDUE_TILE = "cb-overdue-tile";
    public static final String OVERDUE_TILE_LATE = "cb-overdue-tile-late";

    private Styles() {
    }

    // Briefing pack screen
    public static final String PACK_PAGE = "cb-pack-page";
    public static final String PACK_CHECKS = "cb-pack-checks";
}
