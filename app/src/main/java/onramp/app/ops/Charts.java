package onramp.app.ops;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * Small inline SVG charts drawn on the server: no script, no CDN. Each chart has a title and a text
 * equivalent (the tables beside it) for screen readers.
 */
final class Charts {
  private Charts() {}

  /** One bar series segment: a value and its colour. */
  record Segment(long value, String colour, String name) {}

  /** One bar: a label under it and stacked segments. */
  record Bar(String label, List<Segment> segments) {
    long total() {
      return segments.stream().mapToLong(Segment::value).sum();
    }
  }

  static String stackedBars(String title, List<Bar> bars) {
    int width = Math.max(320, bars.size() * 40 + 40);
    int height = 200;
    int plot = 150;
    long max = Math.max(1, bars.stream().mapToLong(Bar::total).max().orElse(1));
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg role=\"img\" aria-label=\"%s\" viewBox=\"0 0 %d %d\" width=\"100%%\" preserveAspectRatio=\"xMinYMin meet\">",
            esc(title),
            width,
            height));
    svg.append("<title>").append(esc(title)).append("</title>");
    int x = 30;
    for (Bar bar : bars) {
      double y = 10 + plot;
      for (Segment s : bar.segments()) {
        double h = (double) s.value() / max * plot;
        y -= h;
        if (s.value() > 0) {
          svg.append(
              String.format(
                  Locale.ROOT,
                  "<rect x=\"%d\" y=\"%.1f\" width=\"28\" height=\"%.1f\" fill=\"%s\"><title>%s: %s %d</title></rect>",
                  x,
                  y,
                  h,
                  s.colour(),
                  esc(bar.label()),
                  esc(s.name()),
                  s.value()));
        }
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" font-size=\"9\" text-anchor=\"middle\">%s</text>",
              x + 14,
              height - 25,
              esc(bar.label())));
      if (bar.total() > 0) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%.1f\" font-size=\"9\" text-anchor=\"middle\">%d</text>",
                x + 14,
                y - 2,
                bar.total()));
      }
      x += 40;
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"25\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\"/>",
            10 + plot,
            width - 5,
            10 + plot));
    return svg.append("</svg>").toString();
  }

  static String horizontalBars(String title, List<Bar> bars) {
    int rowHeight = 22;
    int height = Math.max(40, bars.size() * rowHeight + 10);
    int width = 480;
    long max = Math.max(1, bars.stream().mapToLong(Bar::total).max().orElse(1));
    StringBuilder svg =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "<svg role=\"img\" aria-label=\"%s\" viewBox=\"0 0 %d %d\" width=\"100%%\"><title>%s</title>",
                esc(title),
                width,
                height,
                esc(title)));
    int y = 5;
    for (Bar bar : bars) {
      double w = (double) bar.total() / max * 200;
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"0\" y=\"%d\" font-size=\"11\">%s</text>",
              y + 14,
              esc(bar.label())));
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"240\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"#0b57d0\"/>",
              y + 2,
              w));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">%d</text>",
              245 + w,
              y + 14,
              bar.total()));
      y += rowHeight;
    }
    return svg.append("</svg>").toString();
  }

  private static String esc(String s) {
    return HtmlUtils.htmlEscape(s);
  }
}
