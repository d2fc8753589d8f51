package onramp.workspace.usage;

import java.util.Locale;

/** How runs are spread over time: the whole range at once, per UTC day, or per ISO week. */
public enum Bucket {
  TOTAL,
  DAY,
  WEEK;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Bucket parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "total", "range" -> TOTAL;
      case "day" -> DAY;
      case "week" -> WEEK;
      default ->
          throw new IllegalArgumentException(
              "usage comes per=total|day|week, not '" + text.strip() + "'");
    };
  }
}
