package onramp.gateway.usage;

import java.util.List;

/** The rows of a usage request, ordered by bucket and then by dollars, highest first. */
public record UsageReport(UsageRequest request, List<UsageRow> rows) {
  public UsageReport {
    rows = List.copyOf(rows);
  }

  /** Everything in the period. */
  public UsageTotals totals() {
    return rows.stream().map(UsageRow::totals).reduce(UsageTotals.NONE, UsageTotals::plus);
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
