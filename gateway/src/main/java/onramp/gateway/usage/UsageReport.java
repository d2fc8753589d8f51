package onramp.gateway.usage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /**
   * The same usage grouped more coarsely, summed exactly: a page reads the audit trail once, by
   * every dimension it shows per day, and rolls that up for each chart and table.
   *
   * @param by dimensions this report is grouped by (any of them, in any order)
   * @param per {@link Granularity#MONTH}, or {@link Granularity#DAY} when this report is per day
   */
  public UsageReport rollUp(List<Dimension> by, Granularity per) {
    UsageRequest coarser = new UsageRequest(request.period(), by, per);
    if (!request.by().containsAll(by) || (per == Granularity.DAY && request.per() != per)) {
      throw new IllegalArgumentException(
          "a report by "
              + request.by()
              + " per "
              + request.per().label()
              + " cannot be rolled up to one by "
              + by
              + " per "
              + per.label());
    }
    record Key(LocalDate bucket, List<UsageRow.GroupValue> groups) {}
    Map<Key, UsageRow> sums = new LinkedHashMap<>();
    for (UsageRow row : rows) {
      List<UsageRow.GroupValue> groups =
          by.stream().map(d -> new UsageRow.GroupValue(d, row.value(d))).toList();
      Optional<String> hint = coarser.byKey() ? row.keyHint() : Optional.empty();
      sums.merge(
          new Key(per.bucketOf(row.bucket()), groups),
          new UsageRow(per.bucketOf(row.bucket()), groups, hint, row.totals()),
          (a, b) -> new UsageRow(a.bucket(), a.groups(), a.keyHint(), a.totals().plus(b.totals())));
    }
    List<UsageRow> out = new ArrayList<>(sums.values());
    out.sort(ORDER);
    return new UsageReport(coarser, out);
  }

  /** As the query orders rows: by bucket, dollars highest first, then names (none last). */
  private static final Comparator<UsageRow> ORDER =
      Comparator.comparing(UsageRow::bucket)
          .thenComparing(r -> r.totals().costUsd(), Comparator.reverseOrder())
          .thenComparing(UsageReport::compareNames);

  private static int compareNames(UsageRow a, UsageRow b) {
    for (int i = 0; i < a.groups().size(); i++) {
      Optional<String> x = a.groups().get(i).value();
      Optional<String> y = b.groups().get(i).value();
      int c =
          x.isPresent() && y.isPresent()
              ? x.get().compareTo(y.get())
              : Boolean.compare(x.isEmpty(), y.isEmpty());
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
