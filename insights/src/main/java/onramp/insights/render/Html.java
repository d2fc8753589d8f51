package onramp.insights.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Small XHTML writer with escaping and the report's number formats. */
final class Html {
  private final StringBuilder out = new StringBuilder(64 * 1024);

  Html raw(String s) {
    out.append(s);
    return this;
  }

  Html text(String s) {
    out.append(escape(s));
    return this;
  }

  Html el(String tag, String text) {
    out.append('<')
        .append(tag)
        .append('>')
        .append(escape(text))
        .append("</")
        .append(tag)
        .append('>');
    return this;
  }

  Html p(String cls, String text) {
    out.append("<p class=\"").append(cls).append("\">").append(escape(text)).append("</p>");
    return this;
  }

  /** A table from rows of cells; the first row is the header. */
  Html table(String caption, java.util.List<String[]> rows) {
    out.append("<table><caption>").append(escape(caption)).append("</caption><thead><tr>");
    for (String h : rows.get(0)) {
      out.append("<th>").append(escape(h)).append("</th>");
    }
    out.append("</tr></thead><tbody>");
    for (String[] r : rows.subList(1, rows.size())) {
      out.append("<tr>");
      for (int i = 0; i < r.length; i++) {
        out.append(i == 0 ? "<td>" : "<td class=\"n\">").append(escape(r[i])).append("</td>");
      }
      out.append("</tr>");
    }
    out.append("</tbody></table>");
    return this;
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String usd(BigDecimal v) {
    return "$" + grouped(v.setScale(2, RoundingMode.HALF_UP).doubleValue(), "#,##0.00");
  }

  static String count(long n) {
    return grouped(n, "#,##0");
  }

  static String one(double v) {
    return Double.isNaN(v) ? "—" : grouped(v, "#,##0.0");
  }

  static String pct(double v) {
    return Double.isNaN(v) ? "—" : grouped(v * 100, "0.0") + "%";
  }

  private static String grouped(double v, String pattern) {
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US)).format(v);
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
