package onramp.app.workspace.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import onramp.workspace.usage.DateRange;

/** The days a page or request asks for: {@code from} and {@code to}, else the last 12 weeks. */
final class Ranges {
  static final int DEFAULT_WEEKS = 12;

  private Ranges() {}

  static DateRange of(Optional<String> from, Optional<String> to, Clock clock) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    if (from.isEmpty() && to.isEmpty()) {
      return DateRange.lastWeeks(today, DEFAULT_WEEKS);
    }
    if (from.isEmpty() || to.isEmpty()) {
      throw new IllegalArgumentException(
          "give both days, from=YYYY-MM-DD&to=YYYY-MM-DD (both included), or neither for the last "
              + DEFAULT_WEEKS
              + " weeks");
    }
    return DateRange.parse(from.get(), to.get());
  }
}
