package onramp.gateway.usage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One group in one time bucket.
 *
 * @param bucket the first day of the day or month
 * @param groups the group's value for each dimension asked for, in the order asked
 * @param keyHint the first characters of the key's secret, when grouped by key and a key was used
 */
public record UsageRow(
    LocalDate bucket, List<GroupValue> groups, Optional<String> keyHint, UsageTotals totals) {

  public UsageRow {
    groups = List.copyOf(groups);
  }

  /**
   * A dimension's value; empty for the key of a call made in process.
   *
   * @param value empty only for {@link Dimension#KEY}
   */
  public record GroupValue(Dimension dimension, Optional<String> value) {}

  /** The value of {@code dimension}; empty when not grouped by it or when there is none. */
  public Optional<String> value(Dimension dimension) {
    return groups.stream()
        .filter(g -> g.dimension() == dimension)
        .findFirst()
        .flatMap(GroupValue::value);
  }
}
