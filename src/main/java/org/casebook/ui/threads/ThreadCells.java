package org.casebook.ui.threads;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.casebook.ui.common.DragFormats;
import org.casebook.ui.common.Styles;

/** The rows of the threads list and the suggestions list: wrapped words, and what a screen reader says. */
final class ThreadCells {

    /** The list's border, the cell's padding and a vertical scroll bar, in pixels. */
    private static final double CELL_INSET = 36;

    private ThreadCells() {
    }

    /** A thread in the list; an item dropped on it (from the timeline) is linked to it by hand. */
    static ListCell<ThreadRow> thread(ListView<ThreadRow> list, java.util.function.ObjLongConsumer<ThreadRow> dropped) {
        ListCell<ThreadRow> cell = thread(list);
        cell.setOnDragOver(event -> {
            if (cell.getItem() != null && event.getDragboard().hasContent(DragFormats.ITEM)) {
                event.acceptTransferModes(javafx.scene.input.TransferMode.LINK);
                cell.getStyleClass().add(Styles.DROP_TARGET);
            }
            event.consume();
        });
        cell.setOnDragExited(event -> cell.getStyleClass().remove(Styles.DROP_TARGET));
        cell.setOnDragDropped(event -> {
            boolean linked = cell.getItem() != null && event.getDragboard().hasContent(DragFormats.ITEM);
            if (linked) {
                dropped.accept(cell.getItem(), Long.parseLong(event.getDragboard().getContent(DragFormats.ITEM).toString()));
            }
            event.setDropCompleted(linked);
            event.consume();
        });
        return cell;
    }

    static ListCell<ThreadRow> thread(ListView<ThreadRow> list) {
        return new ListCell<>() {
            @Override
            protected void updateItem(ThreadRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                if (empty || row == null) {
                    setGraphic(null);
                    setAccessibleText(null);
                    return;
                }
                Label count = new Label(row.count());
                count.getStyleClass().add(Styles.MUTED);
                setGraphic(new VBox(wrapped(row.title(), list), count));
                setAccessibleText(row.title() + ", " + row.count());
            }

            {
                getStyleClass().add(Styles.THREAD_LIST_CELL);
            }
        };
    }

    static ListCell<SuggestionRow> suggestion(ListView<SuggestionRow> list) {
        return new ListCell<>() {
            @Override
            protected void updateItem(SuggestionRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                if (empty || row == null) {
                    setGraphic(null);
                    setAccessibleText(null);
                    return;
                }
                Label score = new Label(row.score());
                score.getStyleClass().add("cb-suggestion-score");
                setGraphic(new VBox(score, wrapped(row.firstPlace() + " — " + row.firstConcern(), list),
                        wrapped(row.secondPlace() + " — " + row.secondConcern(), list)));
                setAccessibleText(row.spoken());
            }

            {
                getStyleClass().add(Styles.THREAD_LIST_CELL);
            }
        };
    }

    /**
     * A label as wide as the list less its padding and scroll bar: a cell asks its graphic for the height at the
     * graphic's own width, so a wrapped label must know its width up front or the rows overlap.
     */
    private static Label wrapped(String text, ListView<?> list) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.prefWidthProperty().bind(list.widthProperty().subtract(CELL_INSET));
        label.setMaxWidth(Label.USE_PREF_SIZE);
        return label;
    }
}
