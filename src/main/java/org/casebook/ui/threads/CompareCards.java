package org.casebook.ui.threads;

import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.casebook.domain.DiffPart;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Styles;
import org.casebook.ui.workspace.StanceText;

/** Builds the compare view's columns: one card per letter of a thread. */
final class CompareCards {

    private final Messages messages;
    private final LongConsumer openItem;

    CompareCards(Messages messages, LongConsumer openItem) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.openItem = Objects.requireNonNull(openItem, "openItem");
    }

    List<Node> cards(List<StepCard> steps) {
        return steps.stream().map(this::card).map(Node.class::cast).toList();
    }

    private VBox card(StepCard step) {
        Label letter = wrapped(step.letter());
        letter.getStyleClass().add(Styles.THREAD_CARD_HEADING);
        Label date = wrapped(step.date());
        date.getStyleClass().add(Styles.MUTED);
        Label marker = badge(step.markerLabel(), Styles.THREAD_MARKER, ThreadWords.markerStyle(step.marker()));
        marker.setTooltip(new Tooltip(step.markerHelp()));
        marker.setAccessibleHelp(step.markerHelp());
        Label stance = badge(step.stanceLabel(), Styles.STANCE, StanceText.styleClass(step.stance()));
        Hyperlink open = new Hyperlink(messages.get("threads.compare.openItem"));
        open.setAccessibleHelp(messages.get("threads.compare.openItem.help"));
        open.setOnAction(event -> openItem.accept(step.itemId()));
        VBox card = new VBox(letter, date, marker,
                field("threads.compare.concernHeading"), wrapped(step.concern()),
                field("threads.compare.responseHeading"), response(step),
                field("threads.compare.typesHeading"), wrapped(step.types()),
                field("threads.compare.stanceHeading"), stance, open);
        card.getStyleClass().add(Styles.THREAD_CARD);
        card.setAccessibleRole(AccessibleRole.TEXT);
        card.setAccessibleText(step.letter() + ", " + step.date() + ", " + step.markerLabel());
        return card;
    }

    private Node response(StepCard step) {
        if (step.response().isEmpty()) {
            Label none = wrapped(messages.get("threads.compare.noResponse"));
            none.getStyleClass().addAll(Styles.MUTED, Styles.NO_RESPONSE);
            return none;
        }
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(Styles.DIFF_TEXT);
        if (step.diff().isEmpty()) {
            flow.getChildren().add(text(step.response().get(), ""));
        } else {
            // Kept words read as normal, added ones underlined and highlighted, dropped ones struck through: the
            // change shows by line style as well as by colour.
            for (DiffPart part : step.diff()) {
                String style = switch (part.kind()) {
                    case SAME -> "";
                    case ADDED -> Styles.DIFF_ADDED;
                    case REMOVED -> Styles.DIFF_REMOVED;
                };
                flow.getChildren().add(text(part.text(), style));
            }
        }
        flow.setAccessibleRole(AccessibleRole.TEXT);
        flow.setAccessibleText(step.diffSpoken());
        return flow;
    }

    private static Text text(String words, String style) {
        Text text = new Text(words.endsWith(" ") || words.endsWith("\n") ? words : words + " ");
        text.getStyleClass().add("cb-diff-part");
        if (!style.isEmpty()) {
            text.getStyleClass().add(style);
        }
        text.setUnderline(style.equals(Styles.DIFF_ADDED));
        text.setStrikethrough(style.equals(Styles.DIFF_REMOVED));
        return text;
    }

    private Label field(String key) {
        Label label = wrapped(messages.get(key));
        label.getStyleClass().addAll(Styles.THREAD_FIELD, Styles.MUTED);
        return label;
    }

    static Label badge(String text, String... styles) {
        Label badge = new Label(text);
        badge.getStyleClass().addAll(styles);
        badge.setMinWidth(Label.USE_PREF_SIZE);
        return badge;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
