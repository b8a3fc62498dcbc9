package org.casebook.ui.dashboard;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.casebook.ui.campaigns.OverdueRequests;
import org.casebook.ui.common.Styles;
import org.casebook.ui.dashboard.DashboardViewModel.Row;

/** Controller for {@code Dashboard.fxml}: the four charts, or the same counts as a table. */
public final class DashboardView {

    private final DashboardViewModel viewModel;
    private final OverdueRequests overdue;

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

    @FXML
    private Button overdueTile;
    @FXML
    private Label overdueHeading;
    @FXML
    private VBox overdueLines;

    public DashboardView(DashboardViewModel viewModel, OverdueRequests overdue) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.overdue = Objects.requireNonNull(overdue, "overdue");
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
        overdueHeading.textProperty().bind(overdue.heading());
        overdue.latest().addListener((javafx.collections.ListChangeListener<String>) change -> showOverdue());
        overdue.count().addListener((obs, old, now) -> showOverdue());
        showOverdue();
        viewModel.data().addListener((obs, old, data) -> drawCharts(data));
        drawCharts(viewModel.data().get());
    }

    /** The late requests, each on its line; the tile has an accent bar as well as the words while any is late. */
    private void showOverdue() {
        overdueLines.getChildren().setAll(overdue.latest().stream().map(Label::new).toList());
        overdueTile.getStyleClass().remove(Styles.OVERDUE_TILE_LATE);
        if (overdue.count().get() > 0) {
            overdueTile.getStyleClass().add(Styles.OVERDUE_TILE_LATE);
        }
        overdueTile.setAccessibleText(String.join("; ", java.util.stream.Stream.concat(
                java.util.stream.Stream.of(overdue.heading().get()), overdue.latest().stream()).toList()));
    }

    @FXML
    private void openCampaigns() {
        overdue.open();
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
