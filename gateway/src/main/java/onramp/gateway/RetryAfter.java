package onramp.gateway;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the {@code retry-after} (seconds or HTTP date) and {@code retry-after-ms} headers. */
public final class RetryAfter {
  private RetryAfter() {}

  public static Optional<Duration> parse(
      Optional<String> retryAfter, Optional<String> retryAfterMs) {
    Optional<Duration> ms =
        retryAfterMs.flatMap(v -> number(v).map(d -> Duration.ofMillis(d.longValue())));
    if (ms.isPresent()) {
      return ms;
    }
    return retryAfter.flatMap(RetryAfter::secondsOrDate);
  }

  private static Optional<Duration> secondsOrDate(String value) {
    Optional<Double> seconds = number(value);
    if (seconds.isPresent()) {
      return Optional.of(Duration.ofMillis((long) (seconds.get() * 1000)));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Double> number(String value) {
    try {
      double d = Double.parseDouble(value.trim());
      return d >= 0 && Double.isFinite(d) ? Optional.of(d) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
