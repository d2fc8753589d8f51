package onramp.insights;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The calendar month a report covers, in UTC: from the first instant of its first day (inclusive)
 * to the first instant of the next month (exclusive).
 */
public record ReportMonth(YearMonth month) implements Comparable<ReportMonth> {

  /** Reads {@code YYYY-MM}; anything else is refused with the text it was given. */
  public static ReportMonth parse(String text) {
    try {
      return new ReportMonth(YearMonth.parse(text.strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "month must be written YYYY-MM (for example 2026-11), not '" + text + "'", e);
    }
  }

  /** The first instant of the month, UTC. */
  public Instant start() {
    return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** The first instant of the next month, UTC (exclusive end). */
  public Instant end() {
    return month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** The month before this one. */
  public ReportMonth previous() {
    return new ReportMonth(month.minusMonths(1));
  }

  @Override
  public int compareTo(ReportMonth other) {
    return month.compareTo(other.month);
  }

  @Override
  public String toString() {
    return month.toString();
  }
}
