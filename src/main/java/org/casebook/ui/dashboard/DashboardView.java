package org.casebook.ui.dashboard;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.casebook.ui.dashboard.DashboardViewModel.Row;

/** Controller for {@code Dashboard.fxml}: the four charts, or the same counts as a table. */
public final class DashboardView {

    private final DashboardViewModel viewModel;

    @FXML
    private Label hintLabel;
    @FXML
    private ToggleButton tableToggle;
    @FXML
    private ScrollPane chartsScroll;
    @FXML
    private VBox chartsBox;
    @FXML
    private TableView<Row> countsTable;
    @FXML
    private TableColumn<Row, String> chartColumn;
    @FXML
    private TableColumn<Row, String> categoryColumn;
    @FXML
    private TableColumn<Row, String> seriesColumn;
    @FXML
    private TableColumn<Row, Integer> countColumn;
    @FXML
    private Label emptyLabel;

    public DashboardView(DashboardViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        tableToggle.selectedProperty().bindBidirectional(viewModel.showTable());
        BooleanExpression hasItems = BooleanExpression.booleanExpression(viewModel.hasItems());
        show(emptyLabel, hasItems.not());
        show(chartsScroll, hasItems.and(viewModel.showTable().not()));
        show(countsTable, hasItems.and(viewModel.showTable()));
        tableToggle.disableProperty().bind(hasItems.not());
        countsTable.setItems(viewModel.rows());
        chartColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().chart()));
        categoryColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().category()));
        seriesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().series()));
        countColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        countsTable.setRowFactory(table -> openableRow());
        countsTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && countsTable.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(countsTable.getSelectionModel().getSelectedItem().bar());
            }
        });
        viewModel.data().addListener((obs, old, data) -> drawCharts(data));
        drawCharts(viewModel.data().get());
    }

    private TableRow<Row> openableRow() {
        TableRow<Row> row = new TableRow<>();
        row.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && !row.isEmpty()) {
                viewModel.open(row.getItem().bar());
            }
        });
        return row;
    }

    private void drawCharts(DashboardData data) {
        List<String> titles = viewModel.titles();
        List<String> ids = List.of("themesChart", "stanceChart", "responseTypesChart", "commitmentsChart");
        chartsBox.getChildren().clear();
        for (int i = 0; i < titles.size(); i++) {
            chartsBox.getChildren().add(DashboardCharts.chart(viewModel, ids.get(i), titles.get(i),
                    data.charts().get(i), i < 2, hintLabel.fontProperty()));
        }
    }

    private static void show(Node node, BooleanExpression shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }
}
