package org.casebook.report.model;

/** The parts of a briefing pack a member can leave out; the cover and the contents are always there. */
public enum PackSection {
    SUMMARY,
    CONCERNS,
    COMMITMENTS,
    /** One part per FOI campaign of the case; left out by itself when the case has none. */
    CAMPAIGNS,
    HISTORY,
    LETTERS
}
