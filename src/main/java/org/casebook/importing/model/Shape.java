package org.casebook.importing.model;

/**
 * The way a document sets out its questions and answers, as the splitter recognised it. A member who sees the wrong
 * one picks another in the review step and the document is split again as that shape. Screens name each shape in
 * the member's words from their messages.
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
    TABLE,
    /** A request not yet answered, such as an FOI request as sent: every item is a question without its answer. */
    REQUEST
}
