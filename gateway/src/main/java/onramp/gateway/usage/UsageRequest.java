package onramp.gateway.usage;

import java.util.List;

/**
 * What to count: a period, the dimensions to group by (none: one row per bucket), and the time
 * buckets.
 */
public record UsageRequest(Period period, List<Dimension> by, Granularity per) {
  public UsageRequest {
    by = List.copyOf(by);
    if (by.stream().distinct().count() != by.size()) {
      throw new IllegalArgumentException("group usage by each dimension at most once: " + by);
    }
  }

  public static UsageRequest of(Period period, Granularity per, Dimension... by) {
    return new UsageRequest(period, List.of(by), per);
  }

  public boolean byKey() {
    return by.contains(Dimension.KEY);
  }
}
