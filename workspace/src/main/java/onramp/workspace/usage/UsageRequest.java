package onramp.workspace.usage;

import java.util.Optional;

/**
 * Which runs to sum and how: a range, an optional grouping, a time bucket, and optionally one
 * person's runs only (their own usage page).
 */
public record UsageRequest(
    DateRange range, Optional<Grouping> by, Bucket per, Optional<String> user) {

  public static UsageRequest of(DateRange range, Grouping by, Bucket per) {
    return new UsageRequest(range, Optional.of(by), per, Optional.empty());
  }

  /** Everything in the range, not grouped. */
  public static UsageRequest total(DateRange range, Bucket per) {
    return new UsageRequest(range, Optional.empty(), per, Optional.empty());
  }

  /** The same, for one person's runs only. */
  public UsageRequest of(String username) {
    return new UsageRequest(range, by, per, Optional.of(username));
  }
}
