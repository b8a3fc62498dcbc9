package org.casebook.ui.dashboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private static final double EMS_OF_LEGEND = 4;

    private DashboardCharts() {
    }

    static XYChart<Number, String> chart(DashboardViewModel viewModel, String id, String title, Chart data,
                                         boolean stacked, ObservableValue<Font> font) {
        NumberAxis counts = countAxis(data, stacked);
        CategoryAxis categories = new CategoryAxis();
        // A vertical category axis runs upwards; reversed, the first theme (or body) is read first, at the top.
        List<String> topDown = new ArrayList<>(data.categories());
        Collections.reverse(topDown);
        categories.getCategories().setAll(topDown);
        XYChart<Number, String> chart = stacked ? new StackedBarChart<>(counts, categories)
                : new BarChart<>(counts, categories);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        // A stacked chart names its parts even when there is one: which meeting, which stance.
        chart.setLegendVisible(stacked ? !data.series().isEmpty() : data.series().size() > 1);
        chart.getStyleClass().add("cb-dashboard-chart");
        chart.setAccessibleRole(AccessibleRole.TEXT);
        chart.setAccessibleText(viewModel.describe(title, data));
        chart.setFocusTraversable(true);
        int rows = Math.max(1, data.categories().size());
        // The legend needs its own rows, or JavaFX quietly leaves it out of a short chart.
        double legend = chart.isLegendVisible() ? EMS_OF_LEGEND : 0;
        chart.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> (rows * EMS_PER_CATEGORY + EMS_OF_FRAME + legend) * font.getValue().getSize(), font));
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

    /** Whole numbers only: items and commitments are not counted in quarters. */
    private static NumberAxis countAxis(Chart data, boolean stacked) {
        Map<String, Integer> totals = new HashMap<>();
        data.bars().forEach(bar -> totals.merge(bar.category(), bar.count(), stacked ? Integer::sum : Math::max));
        int most = Math.max(1, totals.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        int step = Math.max(1, (int) Math.ceil(most / 10.0));
        NumberAxis axis = new NumberAxis(0, Math.ceil((most + 1) / (double) step) * step, step);
        axis.setMinorTickVisible(false);
        return axis;
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
