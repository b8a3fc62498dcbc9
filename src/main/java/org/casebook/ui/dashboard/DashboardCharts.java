package org.casebook.ui.dashboard;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Font;
import javafx.util.Duration;
import org.casebook.ui.dashboard.DashboardData.Bar;
import org.casebook.ui.dashboard.DashboardData.Chart;

/**
 * Draws one chart of the dashboard. Bars lie on their side, so long theme and body names stay readable at any font
 * size; the chart grows with its number of categories instead of squeezing them.
 */
final class DashboardCharts {

    private static final double EMS_PER_CATEGORY = 2.4;
    private static final double EMS_OF_FRAME = 9;

    private DashboardCharts() {
    }

    static XYChart<Number, String> chart(DashboardViewModel viewModel, String id, String title, Chart data,
                                         boolean stacked, ObservableValue<Font> font) {
        NumberAxis counts = new NumberAxis();
        counts.setMinorTickVisible(false);
        counts.setTickUnit(1);
        counts.setForceZeroInRange(true);
        CategoryAxis categories = new CategoryAxis();
        categories.getCategories().setAll(data.categories());
        XYChart<Number, String> chart = stacked ? new StackedBarChart<>(counts, categories)
                : new BarChart<>(counts, categories);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setLegendVisible(data.series().size() > 1);
        chart.getStyleClass().add("cb-dashboard-chart");
        chart.setAccessibleRole(AccessibleRole.TEXT);
        chart.setAccessibleText(viewModel.describe(title, data));
        chart.setFocusTraversable(true);
        int rows = Math.max(1, data.categories().size());
        chart.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> (rows * EMS_PER_CATEGORY + EMS_OF_FRAME) * font.getValue().getSize(), font));
        chart.prefHeightProperty().bind(chart.minHeightProperty());
        for (String name : data.series()) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(name);
            for (Bar bar : data.barsOf(name)) {
                XYChart.Data<Number, String> point = new XYChart.Data<>(bar.count(), bar.category());
                point.nodeProperty().addListener((obs, old, node) -> clickable(viewModel, data, bar, node));
                series.getData().add(point);
            }
            chart.getData().add(series);
        }
        return chart;
    }

    /** A bar leads to what it counts; its tooltip and accessible help say what that is. */
    private static void clickable(DashboardViewModel viewModel, Chart chart, Bar bar, Node node) {
        if (node == null) {
            return;
        }
        String said = viewModel.describe(chart, bar);
        node.setCursor(Cursor.HAND);
        // The chart binds each bar's accessible text to its own words; ours go in the help and the tooltip.
        node.setAccessibleHelp(said);
        node.getStyleClass().add("cb-dashboard-bar");
        Tooltip tip = new Tooltip(said);
        tip.setShowDelay(Duration.millis(300));
        Tooltip.install(node, tip);
        node.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                viewModel.open(bar);
            }
        });
    }
}
