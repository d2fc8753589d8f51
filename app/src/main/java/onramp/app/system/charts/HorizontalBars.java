package onramp.app.system.charts;

import java.util.List;

/**
 * One horizontal bar per label, the label above its bar and the value after it, and a value axis
 * with ticks and its title underneath. Labels above bars leave long names (keys, models) whole and
 * keep the chart narrow enough for a phone.
 */
final class HorizontalBars {
  private static final int WIDTH = 400;
  private static final int LEFT = 4;
  private static final int VALUE_ROOM = 72;
  private static final int ROW = 36;
  private static final int TOP = 4;
  private static final int LABEL_SIZE = 12;

  private HorizontalBars() {}

  static String draw(String title, Charts.Axes axes, List<Charts.Bar> bars) {
    Unit unit = axes.unit();
    double span = WIDTH - LEFT - VALUE_ROOM;
    int rows = Math.max(1, bars.size());
    double bottom = TOP + rows * ROW;
    int height = (int) bottom + 42;
    Scale scale = Scale.of(bars.stream().mapToDouble(Charts.Bar::total).max().orElse(0), 4, unit);
    int longest = (int) ((WIDTH - LEFT) / (LABEL_SIZE * 0.6));

    Svg svg = new Svg().open(title, WIDTH, height, "chart-ranked");
    for (double tick : scale.ticks()) {
      double x = LEFT + scale.fraction(tick) * span;
      svg.line(x, TOP, x, bottom, tick == 0 ? "#555" : "#e3e3e3");
      svg.text(x, bottom + 15, 11, tick == 0 ? "start" : "middle", unit.tick(tick, scale.step()));
    }
    svg.line(LEFT, bottom, LEFT + span, bottom, "#555");
    svg.text(LEFT + span / 2, bottom + 34, 12, "middle", axes.values());
    double y = TOP;
    for (Charts.Bar bar : bars) {
      svg.raw("<g><title>%s: %s</title>", Svg.esc(bar.label()), Svg.esc(unit.value(bar.total())));
      svg.text(LEFT + 2, y + 13, LABEL_SIZE, "start", Svg.shorten(bar.label(), longest));
      svg.raw("</g>");
      double x = LEFT;
      for (Charts.Segment s : bar.segments()) {
        if (s.value() <= 0) {
          continue;
        }
        double w = scale.fraction(s.value()) * span;
        svg.rect(x, y + 17, w, 14, s.colour(), bar.label() + ": " + unit.value(s.value()));
        x += w;
      }
      svg.text(x + 5, y + 29, LABEL_SIZE, "start", unit.value(bar.total()));
      y += ROW;
    }
    return svg.close();
  }
}
