package org.lectern.ui.progress;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/** Papers read per week, as a small bar chart (from the dated 'read' steps of the reading history). */
public final class ReadingChart {
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d/M", Locale.ENGLISH);
    private final CategoryAxis weeks = new CategoryAxis();
    private final NumberAxis count = new NumberAxis();
    private final BarChart<String, Number> chart = new BarChart<>(weeks, count);
    private final XYChart.Series<String, Number> series = new XYChart.Series<>();

    public ReadingChart() {
        chart.setId("reading-chart");
        chart.getStyleClass().add("reading-chart");
        chart.setTitle("Read per week");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setHorizontalGridLinesVisible(false);
        chart.setVerticalGridLinesVisible(false);
        chart.setBarGap(2);
        chart.setCategoryGap(6);
        count.setMinorTickVisible(false);
        count.setTickUnit(1);
        count.setForceZeroInRange(true);
        count.setAutoRanging(true);
        chart.setPrefSize(360, 150);
        chart.setMinSize(200, 120);
        chart.getData().add(series);
    }

    /** Shows {@code perWeek} (week's Monday → papers read), oldest first. */
    public void show(Map<LocalDate, Integer> perWeek) {
        int max = 0;
        var points = new java.util.ArrayList<XYChart.Data<String, Number>>();
        for (Map.Entry<LocalDate, Integer> e : perWeek.entrySet()) {
            points.add(new XYChart.Data<>(WEEK.format(e.getKey()), e.getValue()));
            max = Math.max(max, e.getValue());
        }
        // whole papers only: a scale of 0, 0.5, 1 would say half a paper was read
        count.setAutoRanging(false);
        count.setLowerBound(0);
        count.setUpperBound(Math.max(4, max + 1));
        count.setTickUnit(Math.max(1, Math.ceil((max + 1) / 4.0)));
        series.getData().setAll(points);
    }

    /** The numbers shown, week by week (for tests). */
    public java.util.List<Number> values() {
        return series.getData().stream().map(XYChart.Data::getYValue).toList();
    }

    public Node view() {
        return chart;
    }
}
