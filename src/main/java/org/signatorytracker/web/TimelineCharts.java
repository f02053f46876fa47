package org.signatorytracker.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Step charts of support over time, drawn by JFreeChart: each line holds its value until the next
 * date on which it changed, and its legend entry says where it ended.
 */
public final class TimelineCharts {

  private TimelineCharts() {}

  static {
    // rotated labels (the vertical axis's) as text, not outlines: an SVG keeps them as words
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  public static final int WIDTH = 960;
  public static final int HEIGHT = 440;

  /** One line: its name and its value from each date on. */
  public record Line(String name, Map<LocalDate, Integer> values) {

    int last() {
      return values.isEmpty() ? 0 : values.values().stream().reduce((a, b) -> b).orElse(0);
    }

    /** The date from which the line holds its last value. */
    LocalDate lastDate() {
      LocalDate since = null;
      Integer previous = null;
      for (Map.Entry<LocalDate, Integer> e : values.entrySet()) {
        if (!e.getValue().equals(previous)) {
          since = e.getKey();
          previous = e.getValue();
        }
      }
      return since;
    }
  }

  /** A chart of {@code lines}, one colour each in the order given. */
  public static Pictures.Picture draw(
      String title, String subtitle, String yLabel, List<Line> lines, String sourceLine) {
    LocalDate first = null;
    LocalDate end = null;
    for (Line line : lines) {
      for (LocalDate d : line.values().keySet()) {
        first = first == null || d.isBefore(first) ? d : first;
        end = end == null || d.isAfter(end) ? d : end;
      }
    }
    if (first != null) {
      // run the lines on past the last change, so that the last step can be seen
      long span = Math.max(30, ChronoUnit.DAYS.between(first, end) / 10);
      end = end.plusDays(span);
    }
    XYSeriesCollection data = new XYSeriesCollection();
    for (Line line : lines) {
      String label =
          line.values().isEmpty()
              ? line.name() + ": none"
              : line.name() + ": " + line.last() + " from " + line.lastDate();
      XYSeries series = new XYSeries(label, true, false);
      if (first != null) {
        series.add(millis(first.minusDays(1)), 0);
      }
      line.values().forEach((date, value) -> series.add(millis(date), value));
      if (end != null && !line.values().isEmpty()) {
        series.add(millis(end), line.last());
      }
      data.addSeries(series);
    }
    DateAxis time = new DateAxis("Date");
    time.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
    NumberAxis count = new NumberAxis(yLabel);
    count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    count.setAutoRangeIncludesZero(true);
    XYStepRenderer renderer = new XYStepRenderer();
    for (int i = 0; i < lines.size(); i++) {
      Color colour = Pictures.colour(i);
      renderer.setSeriesPaint(i, colour);
      renderer.setSeriesStroke(i, new BasicStroke(2.5f));
    }
    XYPlot plot = new XYPlot(data, time, count, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xDDDDDD));
    plot.setRangeGridlinePaint(new Color(0xDDDDDD));
    JFreeChart chart = new JFreeChart(title, Pictures.TITLE, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    TextTitle sub = new TextTitle(subtitle, Pictures.TEXT);
    sub.setPaint(Pictures.MUTED);
    chart.addSubtitle(sub);
    TextTitle source = new TextTitle(sourceLine, Pictures.SMALL);
    source.setPaint(Pictures.MUTED);
    source.setPosition(RectangleEdge.BOTTOM);
    source.setHorizontalAlignment(HorizontalAlignment.LEFT);
    chart.addSubtitle(source);
    // after the source line, so that the legend sits between it and the plot
    LegendTitle legend = new LegendTitle(plot);
    legend.setItemFont(Pictures.TEXT);
    legend.setPosition(RectangleEdge.BOTTOM);
    chart.addSubtitle(legend);
    return new Pictures.Picture(
        WIDTH,
        HEIGHT,
        title + " — " + subtitle,
        g -> chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT)));
  }

  /** A line from dated values, in date order. */
  public static Line line(String name, Map<LocalDate, Integer> values) {
    return new Line(name, new LinkedHashMap<>(values));
  }

  private static double millis(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }
}
