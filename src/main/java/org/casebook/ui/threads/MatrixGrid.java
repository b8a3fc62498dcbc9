package org.casebook.ui.threads;

import java.util.Objects;
import java.util.function.LongConsumer;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Styles;
import org.casebook.ui.workspace.StanceText;

/** Fills the matrix grid: a header row of bodies or meetings, then a row per thread; each entry opens its item. */
final class MatrixGrid {

    private final Messages messages;
    private final LongConsumer openItem;

    MatrixGrid(Messages messages, LongConsumer openItem) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.openItem = Objects.requireNonNull(openItem, "openItem");
    }

    void fill(GridPane grid, Matrix matrix) {
        grid.getChildren().clear();
        if (matrix.isEmpty()) {
            return;
        }
        grid.add(header(messages.get("threads.matrix.thread")), 0, 0);
        for (int c = 0; c < matrix.columns().size(); c++) {
            grid.add(header(matrix.columns().get(c)), c + 1, 0);
        }
        for (int r = 0; r < matrix.rows().size(); r++) {
            Matrix.Row row = matrix.rows().get(r);
            Label title = wrapped(row.title());
            title.getStyleClass().add(Styles.MATRIX_THREAD);
            GridPane.setValignment(title, VPos.TOP);
            grid.add(title, 0, r + 1);
            for (int c = 0; c < row.cells().size(); c++) {
                VBox cell = new VBox();
                cell.getStyleClass().add(Styles.MATRIX_CELL);
                row.cells().get(c).forEach(entry -> cell.getChildren().add(entry(entry)));
                grid.add(cell, c + 1, r + 1);
            }
        }
    }

    /**
     * An entry that acts as a button (focus, Enter or Space, click) but lays out as a box: a Button measures its
     * graphic without a width, which made wrapped words stretch every row.
     */
    private VBox entry(Matrix.Entry entry) {
        Label when = new Label(entry.when());
        when.getStyleClass().addAll(Styles.MUTED, "cb-small");
        Label types = wrapped(entry.types());
        FlowPane badges = new FlowPane(CompareCards.badge(entry.stanceLabel(), Styles.STANCE,
                StanceText.styleClass(entry.stance())), CompareCards.badge(entry.markerLabel(), Styles.THREAD_MARKER,
                ThreadWords.markerStyle(entry.marker())));
        badges.getStyleClass().add("cb-matrix-badges");
        VBox box = new VBox(when, types, badges);
        box.getStyleClass().add(Styles.MATRIX_ENTRY);
        box.setFocusTraversable(true);
        box.setAccessibleRole(AccessibleRole.BUTTON);
        box.setAccessibleText(entry.spoken());
        box.setAccessibleHelp(messages.get("threads.compare.openItem.help"));
        Tooltip.install(box, new Tooltip(messages.get("threads.compare.openItem.help")));
        box.setUserData(entry.itemId());
        box.setOnMouseClicked(event -> openItem.accept(entry.itemId()));
        box.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                event.consume();
                openItem.accept(entry.itemId());
            }
        });
        return box;
    }

    private static Label header(String text) {
        Label label = wrapped(text);
        label.getStyleClass().add(Styles.MATRIX_HEADER);
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
