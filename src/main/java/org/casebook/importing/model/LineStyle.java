package org.casebook.importing.model;

/** How a line is set, judged on its visible characters. */
public enum LineStyle {
    ROMAN,
    ITALIC,
    MIXED,
    /** The source carries no style (plain or pasted text). */
    UNKNOWN
}
