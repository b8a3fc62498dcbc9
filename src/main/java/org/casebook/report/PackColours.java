package org.casebook.report;

import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Stance;
import org.casebook.domain.foi.AnswerKind;

/**
 * Chart colours, dark enough to print on a black-and-white printer as distinct greys. Every bar is also labelled
 * with its name and count, so no colour carries meaning alone.
 */
final class PackColours {

    static final String OTHER = "#6b6b6b";

    private PackColours() {
    }

    static String stance(Stance stance) {
        return switch (stance) {
            case AGREE -> "#2e7d32";
            case PARTLY_AGREE -> "#9a6700";
            case DISPUTE -> "#b3261e";
            case UNANSWERED -> "#5c4b8a";
            case UNDECIDED -> OTHER;
        };
    }

    static String status(CommitmentStatus status) {
        return switch (status) {
            case KEPT -> "#2e7d32";
            case BROKEN -> "#b3261e";
            case UNCLEAR -> "#9a6700";
            default -> "#1f5fa8";
        };
    }

    /** The mark beside an FOI answer's kind; the kind is always written out in words too. */
    static String answer(AnswerKind kind) {
        return switch (kind) {
            case ANSWERED -> "#2e7d32";
            case PARTLY_ANSWERED -> "#9a6700";
            case NOT_HELD -> "#5c4b8a";
            case REFUSED -> "#b3261e";
            case NOT_ANSWERED -> OTHER;
        };
    }
}
