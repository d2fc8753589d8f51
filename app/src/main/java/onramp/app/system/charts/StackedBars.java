package onramp.app.system.charts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Vertical stacked bars: value axis on the left with gridlines, labels under the bars (thinned when
 * they would collide), axis titles, and a legend under the chart when there are several series.
 */
final class StackedBars {
  private static final int LEFT = 76;
  private static final int RIGHT = 16;
  private static final int TOP = 14;
  private static final int PLOT = 200;
  private static final int LEGEND_ROW = 18;
  private static final int MIN_PLOT = 480;

  private StackedBars() {}

  static String draw(String title, Charts.Axes axes, List<Charts.Bar> bars) {
    Unit unit = axes.unit();
    int n = Math.max(1, bars.size());
    // A month of days fits 720 units; a few bars spread over at least 480, none wider than 40.
    int plotWidth = (int) Math.ceil(Math.max(MIN_PLOT, n * Math.max(22, Math.min(48, 720.0 / n))));
    double slot = (double) plotWidth / n;
    int width = LEFT + plotWidth + RIGHT;
    Map<String, String> series = series(bars);
    List<List<Map.Entry<String, String>>> legendRows = Legend.rows(series, width - LEFT);
    int height = TOP + PLOT + 44 + legendRows.size() * LEGEND_ROW + 4;
    Scale scale = Scale.of(bars.stream().mapToDouble(Charts.Bar::total).max().orElse(0), 5, unit);
    double baseline = TOP + PLOT;

    // Many bars need a minimum width on a phone (the chart then scrolls sideways), see onramp.css.
    Svg svg = new Svg().open(title, width, height, n > 16 ? "chart-stacked many" : "chart-stacked");
    // Value axis: gridlines and ticks, then its title, turned.
    for (double tick : scale.ticks()) {
      double y = baseline - scale.fraction(tick) * PLOT;
      svg.line(LEFT, y, LEFT + plotWidth, y, tick == 0 ? "#555" : "#e3e3e3");
      svg.text(LEFT - 6, y + 4, 11, "end", unit.tick(tick, scale.step()));
    }
    svg.line(LEFT, TOP, LEFT, baseline, "#555");
    svg.raw(
        "<text transform=\"translate(14 %.1f) rotate(-90)\" font-size=\"12\" text-anchor=\"middle\""
            + " fill=\"#333\">%s</text>",
        TOP + PLOT / 2.0, Svg.esc(axes.values()));

    int every = labelStep(bars, slot);
    double barWidth = Math.min(40, slot * 0.7);
    for (int i = 0; i < bars.size(); i++) {
      Charts.Bar bar = bars.get(i);
      double x = LEFT + i * slot + (slot - barWidth) / 2;
      double y = baseline;
      for (Charts.Segment s : bar.segments()) {
        if (s.value() <= 0) {
          continue;
        }
        double h = scale.fraction(s.value()) * PLOT;
        y -= h;
        svg.rect(
            x,
            y,
            barWidth,
            h,
            s.colour(),
            bar.label() + ", " + s.name() + ": " + unit.value(s.value()));
      }
      String total = unit.value(bar.total());
      if (bar.total() > 0 && Svg.width(total, 10) <= slot) {
        svg.text(x + barWidth / 2, y - 3, 10, "middle", total);
      }
      if (i % every == 0) {
        svg.text(x + barWidth / 2, baseline + 15, 11, "middle", bar.label());
      }
    }
    svg.text(LEFT + plotWidth / 2.0, baseline + 34, 12, "middle", axes.categories());
    Legend.draw(svg, legendRows, LEFT, baseline + 44, LEGEND_ROW);
    return svg.close();
  }

  /** Series names and colours in order of first appearance; none for a single series. */
  private static Map<String, String> series(List<Charts.Bar> bars) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Charts.Bar bar : bars) {
      for (Charts.Segment s : bar.segments()) {
        if (!s.name().isBlank()) {
          out.putIfAbsent(s.name(), s.colour());
        }
      }
    }
    return out.size() > 1 ? out : Map.of();
  }

  /** Label every bar, or every second, fifth… so that labels do not overlap. */
  private static int labelStep(List<Charts.Bar> bars, double slot) {
    double widest = bars.stream().mapToDouble(b -> Svg.width(b.label(), 11)).max().orElse(0);
    int step = (int) Math.ceil((widest + 4) / slot);
    for (int nice : new int[] {1, 2, 5, 7, 10, 14, 15, 30}) {
      if (nice >= step) {
        return nice;
      }
    }
    return step;
  }
}
