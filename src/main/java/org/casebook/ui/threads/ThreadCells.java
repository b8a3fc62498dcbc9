package org.casebook.ui.threads;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.casebook.ui.common.Styles;

/** The rows of the threads list and the suggestions list: wrapped words, and what a screen reader says. */
final class ThreadCells {

    private ThreadCells() {
    }

    static ListCell<ThreadRow> thread() {
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
                setGraphic(new VBox(wrapped(row.title()), count));
                setAccessibleText(row.title() + ", " + row.count());
            }

            {
                getStyleClass().add(Styles.THREAD_LIST_CELL);
                // Zero preferred width lets the list size the cell, so long titles wrap instead of scrolling sideways.
                setPrefWidth(0);
            }
        };
    }

    static ListCell<SuggestionRow> suggestion() {
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
                setGraphic(new VBox(score, wrapped(row.firstPlace() + " — " + row.firstConcern()),
                        wrapped(row.secondPlace() + " — " + row.secondConcern())));
                setAccessibleText(row.spoken());
            }

            {
                getStyleClass().add(Styles.THREAD_LIST_CELL);
                setPrefWidth(0);
            }
        };
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
