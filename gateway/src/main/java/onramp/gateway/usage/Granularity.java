package onramp.gateway.usage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/** The time buckets of a usage report: calendar days or months, in UTC. */
public enum Granularity {
  DAY,
  MONTH;

  /** {@code day} or {@code month}, as in URLs. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The bucket's name: {@code 2026-03-14} for a day, {@code 2026-03} for a month. */
  public String name(LocalDate bucket) {
    return this == DAY ? bucket.toString() : YearMonth.from(bucket).toString();
  }

  /** The first day of the bucket holding {@code day}. */
  LocalDate bucketOf(LocalDate day) {
    return this == DAY ? day : day.withDayOfMonth(1);
  }

  String sqlField() {
    return label();
  }

  public static Granularity parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "day" -> DAY;
      case "month" -> MONTH;
      default ->
          throw new IllegalArgumentException(
              "usage is counted per 'day' or per 'month', not per '" + text.strip() + "'");
    };
  }
}
