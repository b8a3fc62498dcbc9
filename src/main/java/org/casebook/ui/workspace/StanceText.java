package org.casebook.ui.workspace;

import org.casebook.domain.Stance;
import org.casebook.ui.common.Messages;

/** How each stance is named on screen. */
public final class StanceText {

    private StanceText() {
    }

    public static String label(Messages messages, Stance stance) {
        return messages.get(switch (stance) {
            case UNDECIDED -> "stance.undecided";
            case AGREE -> "stance.agree";
            case PARTLY_AGREE -> "stance.partlyAgree";
            case DISPUTE -> "stance.dispute";
            case UNANSWERED -> "stance.unanswered";
        });
    }

    /** The style class of a stance badge, so each stance has its own look besides its word. */
    public static String styleClass(Stance stance) {
        return "cb-stance-" + stance.code();
    }
}
