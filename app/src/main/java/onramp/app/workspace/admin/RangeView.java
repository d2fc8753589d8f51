package onramp.app.workspace.admin;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import onramp.workspace.usage.DateRange;

/** The range a page shows: for the form ({@code 2026-03-02}) and for reading (2 Mar 2026). */
record RangeView(String from, String to, String name, String query) {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);

  static RangeView of(DateRange range) {
    return new RangeView(
        range.first().toString(),
        range.last().toString(),
        DAY.format(range.first()) + " – " + DAY.format(range.last()),
        "from=" + range.first() + "&to=" + range.last());
  }
}
