package onramp.documents.i9;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in the ways people type them on an I-9: 01/05/2026, 1/5/2026, 01-05-2026, 01.05.2026,
 * 01052026, 2026-01-05, "Jan 5, 2026", "5 January 2026", and two-digit years (01/05/26). The form
 * asks for mm/dd/yyyy, so numeric dates are read month first. Impossible dates ("13/45/2026") are
 * not dates.
 */
final class I9Dates {
  private static final Pattern US =
      Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4}|\\d{2})");
  private static final Pattern ISO =
      Pattern.compile("(\\d{4})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})");
  private static final Pattern COMPACT = Pattern.compile("(\\d{2})(\\d{2})(\\d{4})");
  private static final Pattern MONTH_FIRST =
      Pattern.compile("([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})");
  private static final Pattern DAY_FIRST =
      Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?\\s*,?\\s*(\\d{4})");
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private I9Dates() {}

  static Optional<LocalDate> parse(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    Matcher m;
    if ((m = ISO.matcher(s)).matches()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    if ((m = US.matcher(s)).matches()) {
      return date(year(m.group(3)), m.group(1), m.group(2));
    }
    if ((m = COMPACT.matcher(s)).matches()) {
      return date(m.group(3), m.group(1), m.group(2));
    }
    if ((m = MONTH_FIRST.matcher(s)).matches()) {
      return named(m.group(1), m.group(2), m.group(3));
    }
    if ((m = DAY_FIRST.matcher(s)).matches()) {
      return named(m.group(2), m.group(1), m.group(3));
    }
    return Optional.empty();
  }

  /** Two-digit years: within 20 years ahead is this century, otherwise the last (DOB 01/05/90). */
  private static String year(String y) {
    if (y.length() == 4) {
      return y;
    }
    int yy = Integer.parseInt(y);
    // The year in UTC, not the machine's zone: a form reads the same on every server.
    int pivot = Year.now(ZoneOffset.UTC).getValue() % 100 + 20;
    return String.valueOf(yy <= pivot ? 2000 + yy : 1900 + yy);
  }

  private static Optional<LocalDate> named(String monthName, String day, String year) {
    return month(monthName).flatMap(mo -> date(year, mo, day));
  }

  private static Optional<String> month(String name) {
    if (name.length() < 3) {
      return Optional.empty();
    }
    Integer mo = MONTHS.get(name.substring(0, 3));
    return Optional.ofNullable(mo).map(String::valueOf);
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
