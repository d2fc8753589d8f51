package onramp.gateway.budget;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** Budgets run per calendar month in UTC. */
final class Periods {
  private Periods() {}

  static String current(Clock clock) {
    return YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)).toString();
  }
}
