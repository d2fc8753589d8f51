package onramp.app.system.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Series swatches and names, wrapped into rows that fit the chart's width. */
final class Legend {
  private static final int SIZE = 12;

  private Legend() {}

  static List<List<Map.Entry<String, String>>> rows(Map<String, String> series, int width) {
    List<List<Map.Entry<String, String>>> rows = new ArrayList<>();
    List<Map.Entry<String, String>> row = new ArrayList<>();
    double used = 0;
    for (Map.Entry<String, String> s : series.entrySet()) {
      double w = entryWidth(s.getKey());
      if (!row.isEmpty() && used + w > width) {
        rows.add(row);
        row = new ArrayList<>();
        used = 0;
      }
      row.add(s);
      used += w;
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    return rows;
  }

  static void draw(
      Svg svg, List<List<Map.Entry<String, String>>> rows, double left, double top, int rowHeight) {
    double y = top;
    for (List<Map.Entry<String, String>> row : rows) {
      double x = left;
      for (Map.Entry<String, String> s : row) {
        svg.raw(
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"10\" height=\"10\" fill=\"%s\"/>",
            x, y, Svg.esc(s.getValue()));
        svg.text(x + 14, y + 9.5, SIZE, "start", label(s.getKey()));
        x += entryWidth(s.getKey());
      }
      y += rowHeight;
    }
  }

  private static String label(String name) {
    return Svg.shorten(name, 32);
  }

  private static double entryWidth(String name) {
    return 14 + Svg.width(label(name), SIZE) + 16;
  }
}
