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
import javafx.scene.layout.Region;
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
        TableColumn<MatrixRow, String> state = new TableColumn<>(viewModel.text("campaigns.matrix.column.state"));
        state.setId("matrixStateColumn");
        state.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.state(c.getValue())));
        state.setPrefWidth(200);
        List<TableColumn<MatrixRow, ?>> columns = new ArrayList<>(List.of(bodyColumn, state));
        List<Width> widths = new ArrayList<>(List.of(Width.min(bodyColumn, 11), Width.min(state, 10)));
        for (CampaignQuestion q : questions) {
            TableColumn<MatrixRow, MatrixCell> column = new TableColumn<>();
            Label heading = new Label(viewModel.columnHeading(q));
            heading.setTooltip(new Tooltip(q.text()));
            heading.setAccessibleText(viewModel.columnHeading(q) + ": " + q.text());
            column.setGraphic(heading);
            column.setId("question" + q.number() + "Column");
            column.setSortable(false);
            column.setPrefWidth(190);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cell(q.number())));
            column.setCellFactory(c -> new AnswerCell());
            columns.add(column);
            widths.add(Width.min(column, 10));
        }
        table.getColumns().setAll(columns);
        FontScaledColumns.apply(font, widths);
    }

    /** A cell: the kind in words (styled by kind as well), the answer's first words under it. */
    private final class AnswerCell extends TableCell<MatrixRow, MatrixCell> {
        private final Label kind = new Label();
        private final Label words = new Label();
        private final VBox box = new VBox(kind, words);

        AnswerCell() {
            kind.getStyleClass().add(Styles.ANSWER_KIND);
            words.getStyleClass().addAll(Styles.ANSWER_WORDS, Styles.MUTED);
            words.setWrapText(true);
            words.setMinHeight(Region.USE_PREF_SIZE);
            box.getStyleClass().add(Styles.ANSWER_CELL);
            setPrefWidth(0);
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
            words.setText(viewModel.firstWords(cell));
            words.setVisible(!cell.firstWords().isBlank());
            words.setManaged(!cell.firstWords().isBlank());
            setGraphic(box);
            MatrixRow row = getTableRow() == null ? null : getTableRow().getItem();
            setAccessibleText(row == null ? kind.getText() : viewModel.spoken(row, cell));
        }
    }
}
