package org.casebook.importing.model;

import java.util.Locale;

/**
 * The way a document sets out its questions and answers, as the splitter recognised it. A member who sees the wrong
 * one picks another in the review step and the document is split again as that shape.
 */
public enum Shape {
    /** Numbered concerns, each followed by its response, with or without a "Response:" label. */
    NUMBERED,
    /** A numbered request block, then a response block, paired by number. */
    REQUEST_THEN_RESPONSE,
    /** Each question restated before its answer: "You asked: … Our response: …", "Q. … A. …". */
    RESTATED,
    /** Minutes that narrate: "Mr X asked … The Chair replied …". */
    MINUTES,
    /** Parliamentary written questions: "To ask the Secretary of State …" then the answer. */
    WRITTEN_QUESTIONS,
    /** A table whose columns are question and answer, with or without a number column. */
    TABLE;

    /** The messages.properties key of the shape's name as a member reads it. */
    public String messageKey() {
        return "split.shape." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
