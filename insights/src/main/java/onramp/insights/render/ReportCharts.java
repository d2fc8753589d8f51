package onramp.insights.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The report's charts: JFreeChart draws them, JFreeSVG writes them as SVG (vector in the HTML and,
 * through openhtmltopdf's SVG support, in the PDF). Every chart has a title, axis labels with units
 * and a legend.
 */
final class ReportCharts {
  static final String FONT = "Liberation Sans";
  private static final Color[] PALETTE = {
    new Color(0x1f5fa8), new Color(0xd9822b), new Color(0x6b6b6b), new Color(0x2e8b57)
  };
  static final int WIDTH = 640;
  static final int HEIGHT = 300;

  private final AtomicInteger ids = new AtomicInteger();

  /** A line per series over categories (months), with an optional flat reference series. */
  String lines(
      String title, String xLabel, String yLabel, Map<String, Map<String, Double>> series) {
    DefaultCategoryDataset data = dataset(series);
    CategoryPlot plot =
        new CategoryPlot(
            data,
            new CategoryAxis(xLabel),
            new NumberAxis(yLabel),
            new LineAndShapeRenderer(true, true));
    LineAndShapeRenderer r = (LineAndShapeRenderer) plot.getRenderer();
    for (int i = 0; i < series.size(); i++) {
      r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
      r.setSeriesStroke(i, new BasicStroke(2.2f));
    }
    return svg(chart(title, plot));
  }

  /** Bars, one colour per series; horizontal when the categories are names. */
  String bars(
      String title,
      String xLabel,
      String yLabel,
      Map<String, Map<String, Double>> series,
      boolean horizontal) {
    DefaultCategoryDataset data = dataset(series);
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0.05);
    for (int i = 0; i < series.size(); i++) {
      renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
    }
    CategoryAxis x = new CategoryAxis(xLabel);
    if (!horizontal) {
      x.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    }
    x.setMaximumCategoryLabelWidthRatio(horizontal ? 0.4f : 1.2f);
    CategoryPlot plot = new CategoryPlot(data, x, new NumberAxis(yLabel), renderer);
    plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
    return svg(chart(title, plot));
  }

  /** One series as a map of category to value. */
  static Map<String, Map<String, Double>> one(String name, Map<String, Double> values) {
    Map<String, Map<String, Double>> m = new LinkedHashMap<>();
    m.put(name, values);
    return m;
  }

  private static DefaultCategoryDataset dataset(Map<String, Map<String, Double>> series) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    series.forEach(
        (name, values) ->
            values.forEach(
                (category, v) -> data.addValue(Double.isNaN(v) ? null : v, name, category)));
    return data;
  }

  private static JFreeChart chart(String title, CategoryPlot plot) {
    Font small = new Font(FONT, Font.PLAIN, 11);
    Font label = new Font(FONT, Font.PLAIN, 12);
    plot.getDomainAxis().setTickLabelFont(small);
    plot.getDomainAxis().setLabelFont(label);
    plot.getRangeAxis().setTickLabelFont(small);
    plot.getRangeAxis().setLabelFont(label);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    plot.setOutlineVisible(false);
    JFreeChart chart = new JFreeChart(title, new Font(FONT, Font.BOLD, 14), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    LegendTitle legend = chart.getLegend();
    legend.setItemFont(small);
    // room between one legend item and the next (the default runs them together)
    legend.setItemLabelPadding(new RectangleInsets(2, 2, 2, 14));
    legend.setPosition(RectangleEdge.BOTTOM);
    TextTitle t = chart.getTitle();
    t.setPaint(new Color(0x222222));
    return chart;
  }

  private String svg(JFreeChart chart) {
    SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
    // Several charts share one document: their clip paths and gradients need distinct ids.
    g.setDefsKeyPrefix("c" + ids.incrementAndGet() + "-");
    chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    String element = g.getSVGElement();
    // Scale with the page: the fixed size becomes a viewBox.
    return element.replaceFirst(
        "<svg ", "<svg viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" class=\"chart\" role=\"img\" ");
  }
}
