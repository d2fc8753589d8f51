package onramp.gateway.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whole days in UTC, {@code first} to {@code last} inclusive: a calendar month or any range of up
 * to {@value #MAX_DAYS} days.
 */
public record Period(LocalDate first, LocalDate last) {
  public static final int MAX_DAYS = 400;
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  public Period {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "a period ends on or after it starts; got " + first + " to " + last);
    }
    if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
      throw new IllegalArgumentException(
          "a period spans at most "
              + MAX_DAYS
              + " days; ask for "
              + first
              + " to "
              + last
              + " in parts");
    }
  }

  public static Period month(YearMonth month) {
    return new Period(month.atDay(1), month.atEndOfMonth());
  }

  /** {@code 2026-03}: that calendar month. */
  public static Period parseMonth(String text) {
    String t = text.strip();
    try {
      if (MONTH.matcher(t).matches()) {
        return month(YearMonth.parse(t));
      }
    } catch (DateTimeParseException e) {
      // falls through to the message below
    }
    throw new IllegalArgumentException("a month is written YYYY-MM, e.g. 2026-03; got '" + t + "'");
  }

  /** {@code 2026-03-05} and {@code 2026-03-09}: those days and the ones between. */
  public static Period parseDays(String first, String last) {
    return new Period(day(first), day(last));
  }

  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "a day is written YYYY-MM-DD, e.g. 2026-03-05; got '" + text.strip() + "'", e);
    }
  }

  /** The first instant of the period. */
  public Instant start() {
    return first.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The first instant after the period. */
  public Instant end() {
    return last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The calendar month, when the period is exactly one. */
  public Optional<YearMonth> month() {
    YearMonth m = YearMonth.from(first);
    return first.equals(m.atDay(1)) && last.equals(m.atEndOfMonth())
        ? Optional.of(m)
        : Optional.empty();
  }

  public List<LocalDate> days() {
    return first.datesUntil(last.plusDays(1)).toList();
  }

  /** {@code 2026-03}, or {@code 2026-03-05_2026-03-09} for another range (safe in a file name). */
  public String label() {
    return month().map(YearMonth::toString).orElse(first + "_" + last);
  }
}
