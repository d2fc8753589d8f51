package onramp.app.system.charts;

import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/** Writes SVG text: escaped, with numbers in a fixed locale. */
final class Svg {
  private final StringBuilder out = new StringBuilder();

  Svg open(String title, int width, int height, String cssClass) {
    out.append(
        fmt(
            "<svg class=\"%s\" role=\"img\" aria-label=\"%s\" viewBox=\"0 0 %d %d\" width=\"100%%\""
                + " preserveAspectRatio=\"xMinYMin meet\" font-family=\"system-ui, sans-serif\">",
            cssClass, esc(title), width, height));
    out.append("<title>").append(esc(title)).append("</title>");
    return this;
  }

  Svg raw(String format, Object... args) {
    out.append(fmt(format, args));
    return this;
  }

  Svg text(double x, double y, int size, String anchor, String text) {
    return raw(
        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\" fill=\"#333\">%s</text>",
        x, y, size, anchor, esc(text));
  }

  Svg line(double x1, double y1, double x2, double y2, String colour) {
    return raw(
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>",
        x1, y1, x2, y2, colour);
  }

  Svg rect(double x, double y, double w, double h, String colour, String tooltip) {
    return raw(
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>",
        x, y, w, h, esc(colour), esc(tooltip));
  }

  String close() {
    return out.append("</svg>").toString();
  }

  /** Escapes only what XML needs ({@code <>&"'}); other characters stay as they are (UTF-8). */
  static String esc(String s) {
    return HtmlUtils.htmlEscape(s, "UTF-8");
  }

  /** A label cut to {@code max} characters, with an ellipsis when cut. */
  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** Roughly how wide text is, in user units, at {@code size}. */
  static double width(String s, int size) {
    return s.length() * size * 0.6;
  }

  // Every format string is a constant of this package; Error Prone's @FormatMethod is not on the
  // class path of the app.
  @SuppressWarnings("AnnotateFormatMethod")
  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
