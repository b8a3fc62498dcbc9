package org.casebook.search;

import java.util.List;

/**
 * The fields of the index's documents. Members may name the searchable ones in a query ({@code concern:pay});
 * the others say what a document is and carry what a hit shows, so a search needs nothing from the database.
 */
final class Fields {

    /** Every document's words; what a query without a field name searches, and what its snippet is cut from. */
    static final String ALL = "all";
    /** Unstemmed words, for offering spellings when nothing is found. */
    static final String WORDS = "words";

    static final String TITLE = "title";
    static final String LETTER = "letter";
    static final String CONCERN = "concern";
    static final String RESPONSE = "response";
    static final String RATIONALE = "rationale";
    static final String NOTE = "note";
    static final String COMMITMENT = "commitment";
    static final String QUESTION = "question";
    static final String BODY = "body";
    static final String MEETING = "meeting";
    static final String FROM = "from";
    static final String TO = "to";

    /** The field names a member may write before a colon, in the order a message lists them. */
    static final List<String> NAMED = List.of(CONCERN, RESPONSE, NOTE, BODY, TITLE, LETTER, RATIONALE, COMMITMENT,
            QUESTION, MEETING, FROM, TO);

    // What a document is, and the filters (one term per value, not analysed).
    static final String KEY = "key";
    static final String KIND = "kind";
    static final String LETTER_ID = "letter_id";
    static final String THEME = "theme";
    static final String STANCE = "stance";
    static final String RESPONSE_TYPE = "response_type";
    static final String BODY_ID = "body_id";
    static final String MEETING_ID = "meeting_id";
    static final String DAY = "day";

    // Stored only, for showing a hit.
    static final String KIND_SHOWN = "kind_shown";
    static final String ITEM_ID = "item_id";
    static final String SOURCE_ID = "source_id";
    static final String PATH = "path";
    static final String LABEL = "label";
    static final String LETTER_TITLE = "letter_title";
    static final String BODY_NAME = "body_name";
    static final String THEMES_SHOWN = "themes_shown";
    static final String STANCE_SHOWN = "stance_shown";
    static final String DAY_SHOWN = "day_shown";

    private Fields() {
    }
}
