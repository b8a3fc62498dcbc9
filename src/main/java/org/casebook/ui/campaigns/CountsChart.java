package org.casebook.ui.campaigns;

import java.util.List;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import org.casebook.domain.foi.AnswerKind;
import org.casebook.ui.campaigns.AnswersViewModel.QuestionCounts;

/** A bar per question, stacked by kind of answer; the counts' lines above it say the same in words. */
final class CountsChart {

    private CountsChart() {
    }

    static StackedBarChart<String, Number> of(AnswersViewModel viewModel, List<QuestionCounts> counts) {
        CategoryAxis questions = new CategoryAxis();
        NumberAxis bodies = new NumberAxis();
        bodies.setMinorTickVisible(false);
        bodies.setTickUnit(1);
        StackedBarChart<String, Number> chart = new StackedBarChart<>(questions, bodies);
        chart.setId("answersChart");
        chart.setTitle(viewModel.text("campaigns.matrix.chart"));
        chart.setAnimated(false);
        chart.setCategoryGap(24);
        chart.setPrefHeight(240);
        chart.setPrefWidth(420);
        chart.setMinHeight(200);
        questions.getCategories().setAll(counts.stream().map(c -> viewModel.columnHeading(c.question())).toList());
        for (AnswerKind kind : AnswerKind.values()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(viewModel.kindName(kind));
            for (QuestionCounts c : counts) {
                series.getData().add(new XYChart.Data<>(viewModel.columnHeading(c.question()), c.counts().get(kind)));
            }
            chart.getData().add(series);
        }
        chart.setAccessibleText(String.join("; ", counts.stream().map(QuestionCounts::summary).toList()));
        return chart;
    }
}
