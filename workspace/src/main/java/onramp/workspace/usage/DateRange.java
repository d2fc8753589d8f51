package onramp.workspace.usage;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Days from {@code first} to {@code last}, both included, in UTC. At most {@value #MOST_DAYS} days:
 * enough for three years of reports, not a scan of everything by mistake.
 */
public record DateRange(LocalDate first, LocalDate last) {
  static final int MOST_DAYS = 1_100;

  public DateRange {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "the range ends (" + last + ") before it starts (" + first + "); swap from and to");
    }
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    if (days > MOST_DAYS) {
      throw new IllegalArgumentException(
          "a range of "
              + days
              + " days is more than the "
              + MOST_DAYS
              + " one report covers; ask for fewer days");
    }
  }

  /** {@code from} and {@code to} as written in a query, {@code YYYY-MM-DD}, both included. */
  public static DateRange parse(String from, String to) {
    return new DateRange(day(from, "from"), day(to, "to"));
  }

  /** The ISO week of {@code today} and the {@code weeks - 1} weeks before it. */
  public static DateRange lastWeeks(LocalDate today, int weeks) {
    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new DateRange(monday.minusWeeks(weeks - 1L), today);
  }

  /** The first instant of the range. */
  public Instant start() {
    return first.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The first instant after the range. */
  public Instant end() {
    return last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** Every day of the range, in order. */
  public List<LocalDate> days() {
    return first.datesUntil(last.plusDays(1)).toList();
  }

  /** The Monday of every ISO week the range touches, in order (the first and last may be cut). */
  public List<LocalDate> weeks() {
    List<LocalDate> out = new ArrayList<>();
    LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    for (; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
      out.add(monday);
    }
    return out;
  }

  /** {@code 2026-W10} for the ISO week holding {@code day}. */
  public static String isoWeek(LocalDate day) {
    return String.format(
        "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static LocalDate day(String text, String name) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + " is a day written YYYY-MM-DD, e.g. 2026-03-02; got '" + text.strip() + "'", e);
    }
  }
}
