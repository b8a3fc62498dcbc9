package org.casebook.ui.campaigns;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.beans.value.ObservableValue;
import org.casebook.domain.foi.AnswerKind;
import org.casebook.domain.foi.CampaignQuestion;
import org.casebook.domain.foi.MatrixCell;
import org.casebook.domain.foi.MatrixRow;
import org.casebook.ui.common.FontScaledColumns;
import org.casebook.ui.common.FontScaledColumns.Width;
import org.casebook.ui.common.Styles;

/**
 * The answer matrix's columns: the body, where its request stands, then one per question headed "Q1" (the question's
 * words in its tooltip), each cell the kind of answer in words and its first words under it.
 */
final class MatrixColumns {

    private final AnswersViewModel viewModel;
    private final ObservableValue<Font> font;

    MatrixColumns(AnswersViewModel viewModel, ObservableValue<Font> font) {
        this.viewModel = viewModel;
        this.font = font;
    }

    void rebuild(TableView<MatrixRow> table, TableColumn<MatrixRow, String> bodyColumn, List<CampaignQuestion> questions) {
        bodyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().bodyName()));
        bodyColumn.setCellFactory(c -> CampaignCells.wrapping());
        TableColumn<MatrixRow, MatrixRow> state = new TableColumn<>(viewModel.text("campaigns.matrix.column.state"));
        state.setId("matrixStateColumn");
        state.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        state.setCellFactory(c -> new StateCell());
        state.setPrefWidth(215);
        List<TableColumn<MatrixRow, ?>> columns = new ArrayList<>(List.of(bodyColumn, state));
        List<Width> widths = new ArrayList<>(List.of(Width.min(bodyColumn, 9), Width.min(state, 11)));
        for (CampaignQuestion q : questions) {
            TableColumn<MatrixRow, MatrixCell> column = new TableColumn<>();
            Label heading = new Label(viewModel.columnHeading(q));
            heading.setTooltip(new Tooltip(q.text()));
            heading.setAccessibleText(viewModel.columnHeading(q) + ": " + q.text());
            column.setGraphic(heading);
            column.setId("question" + q.number() + "Column");
            column.setSortable(false);
            column.setPrefWidth(185);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cell(q.number())));
            column.setCellFactory(c -> new AnswerCell());
            columns.add(column);
            widths.add(Width.min(column, 8.5));
        }
        table.getColumns().setAll(columns);
        // Columns share the width while they fit; with many questions the table scrolls sideways instead.
        table.setColumnResizePolicy(questions.size() <= 5 ? TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS
                : TableView.UNCONSTRAINED_RESIZE_POLICY);
        FontScaledColumns.apply(font, widths);
    }

    /** Where the request stands, and under it how late the body is (in words, with the late style). */
    private final class StateCell extends TableCell<MatrixRow, MatrixRow> {
        private final Label state = new Label();
        private final Label late = new Label();
        private final VBox box = new VBox(state, late);

        StateCell() {
            late.getStyleClass().add(Styles.ANSWER_LATE);
            state.setMinWidth(0);
            late.setMinWidth(0);
            box.getStyleClass().add(Styles.ANSWER_CELL);
        }

        @Override
        protected void updateItem(MatrixRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            setGraphic(row == null || empty ? null : box);
            if (row != null && !empty) {
                state.setText(viewModel.stateWords(row));
                String lateness = viewModel.lateWords(row);
                late.setText(lateness.isEmpty() ? "\u00a0" : lateness);
                setAccessibleText(viewModel.state(row));
            }
        }
    }

    /** A cell: the kind in words (styled by kind as well), the answer's first words under it. */
    private final class AnswerCell extends TableCell<MatrixRow, MatrixCell> {
        private final Label kind = new Label();
        private final Label words = new Label();
        private final VBox box = new VBox(kind, words);

        AnswerCell() {
            kind.getStyleClass().add(Styles.ANSWER_KIND);
            words.getStyleClass().addAll(Styles.ANSWER_WORDS, Styles.MUTED);
            // One line each, cut with an ellipsis: the whole answer is in the tooltip and one Enter away in its item.
            kind.setMinWidth(0);
            words.setMinWidth(0);
            box.getStyleClass().add(Styles.ANSWER_CELL);
            box.setMinWidth(0);
        }

        @Override
        protected void updateItem(MatrixCell cell, boolean empty) {
            super.updateItem(cell, empty);
            for (AnswerKind k : AnswerKind.values()) {
                getStyleClass().remove(Styles.ANSWER_PREFIX + k.key());
            }
            setText(null);
            if (cell == null || empty) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            getStyleClass().add(Styles.ANSWER_PREFIX + cell.kind().key());
            kind.setText(viewModel.kind(cell));
            // A no-break space keeps every row two lines high, so the rows stay even.
            words.setText(cell.firstWords().isBlank() ? "\u00a0" : viewModel.firstWords(cell));
            // The whole kind and the answer's words, for when a narrow column cuts them.
            setTooltip(new Tooltip(cell.firstWords().isBlank() ? kind.getText() : kind.getText() + ": " + cell.firstWords()));
            setGraphic(box);
            MatrixRow row = getTableRow() == null ? null : getTableRow().getItem();
            setAccessibleText(row == null ? kind.getText() : viewModel.spoken(row, cell));
        }
    }
}
