package org.casebook.ui.workspace;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import org.casebook.domain.ResponseType;
import org.casebook.domain.Stance;
import org.casebook.domain.Theme;
import org.casebook.ui.common.Messages;

/** How items, themes, stances and letters look in the workspace's tables, trees and lists. */
public final class ItemCells {

    private final Messages messages;

    public ItemCells(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @SafeVarargs
    final void columns(TableColumn<ItemRow, ItemRow>... columns) {
        for (TableColumn<ItemRow, ItemRow> column : columns) {
            column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        }
        text(columns[0], ItemRow::path, "cb-item-path");
        columns[0].setComparator(Comparator.comparing((ItemRow r) -> r.letter().id()).thenComparing(r -> r.item().order()));
        // The concern's first line with its theme chips beneath: themes stay readable however narrow the table.
        graphic(columns[1], row -> concernWithThemes(row, columns[1]), row -> row.concernFirstLine() + ". "
                + names(row.themes().stream().map(Theme::name).toList()));
        columns[1].setComparator(Comparator.comparing(ItemRow::concernFirstLine, String.CASE_INSENSITIVE_ORDER));
        text(columns[2], row -> names(row.responseTypes().stream().map(ResponseType::name).toList()), "cb-item-types");
        columns[2].setComparator(Comparator.comparing(r -> names(r.responseTypes().stream().map(ResponseType::name).toList())));
        graphic(columns[3], row -> row.stance() == Stance.UNDECIDED ? null : StanceText.badge(messages, row.stance()),
                row -> StanceText.label(messages, row.stance()));
        columns[3].setComparator(Comparator.comparing(ItemRow::stance));
        text(columns[4], row -> row.commitments() == 0 ? "" : Integer.toString(row.commitments()), "cb-item-count");
        columns[4].setComparator(Comparator.comparingInt(ItemRow::commitments));
    }

    private static void text(TableColumn<ItemRow, ItemRow> column, Function<ItemRow, String> text, String style) {
        column.setCellFactory(c -> new TableCell<>() {
            {
                getStyleClass().add(style);
            }

            @Override
            protected void updateItem(ItemRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.apply(row));
            }
        });
    }

    private static void graphic(TableColumn<ItemRow, ItemRow> column, Function<ItemRow, Node> graphic,
                                Function<ItemRow, String> accessible) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ItemRow row, boolean empty) {
                super.updateItem(row, empty);
                setGraphic(empty || row == null ? null : graphic.apply(row));
                setAccessibleText(empty || row == null ? null : accessible.apply(row));
            }
        });
    }

    private static String names(List<String> names) {
        return String.join(", ", names);
    }

    /** The themes as small chips in their codebook colours, wrapping when the column is narrow. */
    static FlowPane chips(List<Theme> themes) {
        FlowPane pane = new FlowPane(4, 3);
        themes.forEach(theme -> pane.getChildren().add(chip(theme)));
        return pane;
    }

    /** The concern's first line, and the theme chips wrapping within the column below it. */
    private Node concernWithThemes(ItemRow row, TableColumn<ItemRow, ItemRow> column) {
        Label line = new Label(row.concernFirstLine());
        line.getStyleClass().add("cb-item-concern-line");
        if (row.themes().isEmpty() && row.pendingSuggestions() == 0) {
            return line;
        }
        FlowPane pane = chips(row.themes());
        if (row.pendingSuggestions() > 0) {
            Label waiting = new Label(messages.format("workspace.suggestions", row.pendingSuggestions()));
            waiting.getStyleClass().addAll("cb-suggestion-count", "cb-small");
            pane.getChildren().add(waiting);
        }
        // In the table a long theme name may shorten with "…" rather than run past the column.
        pane.getChildren().forEach(chip -> ((Label) chip).setMinWidth(0));
        pane.prefWrapLengthProperty().bind(column.widthProperty().subtract(16));
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(3, line, pane);
        box.setMinWidth(0);
        line.setMinWidth(0);
        return box;
    }

    /** A chip in the theme's colour, with text dark or light enough to read on it. */
    public static Label chip(Theme theme) {
        Label chip = new Label(theme.name());
        chip.getStyleClass().add("cb-chip");
        chip.setMinWidth(Label.USE_PREF_SIZE);
        Color colour = Color.web(theme.colour());
        double luminance = 0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue();
        chip.setStyle("-fx-background-color: " + theme.colour() + "; -fx-text-fill: "
                + (luminance > 0.55 ? "#1b1f24" : "#ffffff") + ";");
        return chip;
    }

    TreeCell<LetterNode> letterCell() {
        return new TreeCell<>() {
            @Override
            protected void updateItem(LetterNode node, boolean empty) {
                super.updateItem(node, empty);
                if (empty || node == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(node.label());
                name.getStyleClass().add("cb-tree-name");
                Label counts = new Label(counts(node));
                counts.getStyleClass().addAll("cb-muted", "cb-small");
                javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(name, counts);
                setText(null);
                setGraphic(box);
                setAccessibleText(node.label() + ", " + counts.getText());
            }
        };
    }

    String counts(LetterNode node) {
        return messages.format("workspace.tree.counts", node.items(), node.disputed(), node.openCommitments());
    }

    /** A list cell for the filter combo boxes: the empty choice reads "Any theme" and the like. */
    static <T> ListCell<Optional<T>> choiceCell(Function<T, String> name, String any) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Optional<T> item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.map(name).orElse(any));
            }
        };
    }

    Messages messages() {
        return messages;
    }
}
