package onramp.app.workspace.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.workspace.usage.DateRange;
import onramp.workspace.usage.UsageRow;
import onramp.workspace.usage.UsageTotals;

/** Weekly rows with every week of the range present, zero where nothing ran (for charts). */
final class Weeks {
  private Weeks() {}

  /** One row per ISO week of the range, for rows not grouped. */
  static List<UsageRow> every(DateRange range, List<UsageRow> rows) {
    Map<LocalDate, UsageRow> byWeek = new LinkedHashMap<>();
    rows.forEach(r -> byWeek.put(r.bucket().orElseThrow(), r));
    List<UsageRow> out = new ArrayList<>();
    for (LocalDate monday : range.weeks()) {
      out.add(
          byWeek.getOrDefault(
              monday,
              new UsageRow(
                  Optional.of(monday), Optional.empty(), Optional.empty(), UsageTotals.NONE)));
    }
    return out;
  }

  /** {@code W10}: short enough to stand under a bar. */
  static String label(LocalDate monday) {
    String iso = DateRange.isoWeek(monday);
    return iso.substring(iso.indexOf('W'));
  }
}
