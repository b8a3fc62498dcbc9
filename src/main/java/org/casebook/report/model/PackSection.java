package org.casebook.report.model;

/** The parts of a briefing pack a member can leave out; the cover and the contents are always there. */
public enum PackSection {
    SUMMARY,
    CONCERNS,
    COMMITMENTS,
    HISTORY,
    LETTERS
}
