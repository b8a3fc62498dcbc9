package org.casebook.ui.campaigns;

import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.casebook.domain.foi.MatrixCell;
import org.casebook.domain.foi.MatrixRow;
import org.casebook.service.FoiDraftService.MatrixFormat;
import org.casebook.ui.campaigns.AnswersViewModel.QuestionCounts;
import org.casebook.ui.common.Styles;

/** Controller for {@code Answers.fxml}: the answer matrix with its filters, counts per question, chart and export. */
public final class AnswersView {

    private final AnswersViewModel viewModel;

    @FXML private Label filterLabel;
    @FXML private ChoiceBox<MatrixFilter> filterChoice;
    @FXML private Label tagLabel;
    @FXML private ChoiceBox<String> tagChoice;
    @FXML private Button exportCsvButton;
    @FXML private Button exportXlsxButton;
    @FXML private TableView<MatrixRow> matrixTable;
    @FXML private TableColumn<MatrixRow, String> matrixBodyColumn;
    @FXML private VBox countLines;
    @FXML private VBox chartBox;

    public AnswersView(AnswersViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        filterLabel.setLabelFor(filterChoice);
        filterChoice.getItems().setAll(viewModel.filters());
        filterChoice.setConverter(converter(viewModel::filterName));
        filterChoice.valueProperty().bindBidirectional(viewModel.filterProperty());
        tagLabel.setLabelFor(tagChoice);
        tagChoice.setItems(viewModel.tags());
        tagChoice.setConverter(converter(viewModel::tagName));
        tagChoice.valueProperty().bindBidirectional(viewModel.tagProperty());
        MatrixColumns columns = new MatrixColumns(viewModel, filterLabel.fontProperty());
        viewModel.questions().addListener((obs, old, now) -> columns.rebuild(matrixTable, matrixBodyColumn, now));
        columns.rebuild(matrixTable, matrixBodyColumn, viewModel.questions().get());
        matrixTable.setItems(viewModel.rows());
        matrixTable.getSelectionModel().setCellSelectionEnabled(true);
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.placeholder());
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(Styles.MUTED);
        matrixTable.setPlaceholder(placeholder);
        matrixTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openFocused();
            }
        });
        matrixTable.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getClickCount() == 2) {
                openFocused();
            }
        });
        viewModel.counts().addListener((ListChangeListener<QuestionCounts>) change -> showCounts());
        showCounts();
    }

    private void openFocused() {
        TablePosition<MatrixRow, ?> at = matrixTable.getFocusModel().getFocusedCell();
        if (at != null && at.getTableColumn() != null && at.getRow() >= 0
                && at.getTableColumn().getCellData(at.getRow()) instanceof MatrixCell cell) {
            viewModel.open(cell);
        }
    }

    private void showCounts() {
        List<QuestionCounts> counts = viewModel.counts();
        countLines.getChildren().setAll(counts.stream().map(c -> {
            Label line = new Label(c.summary());
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            return line;
        }).toList());
        chartBox.getChildren().setAll(counts.isEmpty() ? List.of() : List.of(CountsChart.of(viewModel, counts)));
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    @FXML private void exportCsv() { viewModel.export(MatrixFormat.CSV); }
    @FXML private void exportXlsx() { viewModel.export(MatrixFormat.XLSX); }
}
