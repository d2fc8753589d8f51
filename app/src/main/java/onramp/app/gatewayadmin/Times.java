package onramp.app.gatewayadmin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants as the page shows them. */
final class Times {
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private Times() {}

  /** {@code 2026-12-02 09:00 UTC}. */
  static String utc(Instant at) {
    return MINUTES.format(at);
  }
}
