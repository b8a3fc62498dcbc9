package org.casebook.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.DoubleExpression;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.casebook.domain.TextSpan;
import org.casebook.domain.search.Snippet;
import org.casebook.ui.common.Messages;
import org.casebook.ui.workspace.ItemCells;
import org.casebook.ui.workspace.StanceText;

/**
 * How the results look: a letter's title with its body and date, and under it each hit with what it is, the item's
 * themes and stance, and its snippet with the matched words marked (bold and underlined, not by colour alone).
 */
final class ResultCells {

    static final String MARK = org.casebook.ui.common.Styles.SEARCH_MARK;

    private final Messages messages;
    private final DoubleExpression width;

    /** {@code width} is the results' width, so that snippets wrap within it instead of widening the list. */
    ResultCells(Messages messages, ObservableDoubleValue width) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.width = DoubleExpression.doubleExpression(Objects.requireNonNull(width, "width"));
    }

    TreeCell<Object> cell() {
        return new TreeCell<>() {
            @Override
            protected void updateItem(Object value, boolean empty) {
                super.updateItem(value, empty);
                setText(null);
                getStyleClass().removeAll("cb-search-group", "cb-search-hit");
                if (empty || value == null) {
                    setGraphic(null);
                    setAccessibleText(null);
                } else if (value instanceof ResultGroup group) {
                    getStyleClass().add("cb-search-group");
                    setGraphic(group(group));
                    setAccessibleText(group.spoken());
                } else if (value instanceof ResultRow row) {
                    getStyleClass().add("cb-search-hit");
                    setGraphic(hit(row));
                    setAccessibleText(row.spoken());
                }
            }
        };
    }

    private Node group(ResultGroup group) {
        Label title = new Label(group.title());
        title.getStyleClass().add("cb-search-letter");
        Label details = new Label(group.details().isEmpty()
                ? messages.format("search.group.count", group.rows().size())
                : group.details() + " · " + messages.format("search.group.count", group.rows().size()));
        details.getStyleClass().addAll("cb-muted", "cb-small");
        return new VBox(2, title, details);
    }

    private Node hit(ResultRow row) {
        FlowPane head = new FlowPane(6, 3);
        Label heading = new Label(row.heading());
        heading.getStyleClass().add("cb-search-heading");
        heading.setMinWidth(Label.USE_PREF_SIZE);
        head.getChildren().add(heading);
        row.themes().forEach(theme -> head.getChildren().add(ItemCells.chip(theme)));
        row.stance().ifPresent(stance -> head.getChildren().add(StanceText.badge(messages, stance)));
        TextFlow snippet = snippet(row.hit().snippet());
        VBox box = new VBox(3, head, snippet);
        box.getStyleClass().add("cb-search-hit-box");
        // The tree indents a hit under its letter and has a scroll bar: leave room for both.
        head.prefWrapLengthProperty().bind(width.subtract(90));
        snippet.maxWidthProperty().bind(width.subtract(90));
        snippet.prefWidthProperty().bind(width.subtract(90));
        return box;
    }

    /** The snippet's text, its marked words as separate, marked pieces. */
    static TextFlow snippet(Snippet snippet) {
        List<Node> pieces = new ArrayList<>();
        String text = snippet.text();
        int at = 0;
        for (TextSpan mark : snippet.marks()) {
            if (mark.start() < at) {
                continue;
            }
            if (mark.start() > at) {
                pieces.add(piece(text.substring(at, mark.start()), false));
            }
            pieces.add(piece(text.substring(mark.start(), mark.end()), true));
            at = mark.end();
        }
        if (at < text.length()) {
            pieces.add(piece(text.substring(at), false));
        }
        TextFlow flow = new TextFlow(pieces.toArray(Node[]::new));
        flow.getStyleClass().add("cb-search-snippet");
        return flow;
    }

    private static Text piece(String words, boolean marked) {
        Text piece = new Text(words);
        piece.getStyleClass().add(marked ? MARK : "cb-search-text");
        return piece;
    }
}
