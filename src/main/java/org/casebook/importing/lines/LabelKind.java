package org.casebook.importing.lines;

/** The ways an item can be introduced. */
public enum LabelKind {
    /** {@code 1.} {@code 1)} {@code (1)} {@code Q1} {@code Question 1} */
    NUMBER,
    /** {@code a)} {@code a.} {@code (a)} */
    LETTER,
    /** {@code (i)} {@code ii.} */
    ROMAN,
    /** A line naming who asked, as council minutes have: "Question from Ms J. Smith to the Leader". */
    ASKER,
    /** A supplementary question, which belongs under the question before it. */
    SUPPLEMENTARY
}
