package org.casebook.ui.workspace;

import javafx.scene.control.Label;
import org.casebook.domain.Stance;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Styles;

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

    /** A badge with the stance's word and its own look, kept whole however narrow its place. */
    public static Label badge(Messages messages, Stance stance) {
        Label badge = new Label(label(messages, stance));
        badge.getStyleClass().addAll(Styles.STANCE, styleClass(stance));
        badge.setMinWidth(Label.USE_PREF_SIZE);
        return badge;
    }

    /** The style class of a stance badge, so each stance has its own look besides its word. */
    public static String styleClass(Stance stance) {
        return "cb-stance-" + stance.code();
    }
}
