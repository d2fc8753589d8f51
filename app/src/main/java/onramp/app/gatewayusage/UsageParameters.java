package onramp.app.gatewayusage;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import onramp.gateway.usage.Dimension;
import onramp.gateway.usage.Granularity;
import onramp.gateway.usage.Period;
import onramp.gateway.usage.UsageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The query parameters of {@code /api/gateway/usage}, checked once, with messages that fix them.
 */
record UsageParameters(UsageRequest request, Format format) {
  static final String EXAMPLE = "/api/gateway/usage?month=2026-03&by=team,tool&per=day&format=csv";

  enum Format {
    JSON,
    CSV
  }

  static UsageParameters parse(
      Optional<String> month,
      Optional<String> from,
      Optional<String> to,
      String by,
      String per,
      String format,
      Clock clock) {
    try {
      return new UsageParameters(
          new UsageRequest(
              period(month, from, to, clock), Dimension.parseList(by), Granularity.parse(per)),
          format(format));
    } catch (IllegalArgumentException e) {
      throw refused(e, EXAMPLE);
    }
  }

  /** The month asked for, else the current month in UTC. */
  static Period period(
      Optional<String> month, Optional<String> from, Optional<String> to, Clock clock) {
    if (from.isPresent() || to.isPresent()) {
      if (month.isPresent() || from.isEmpty() || to.isEmpty()) {
        throw new IllegalArgumentException(
            "ask for a month (month=YYYY-MM) or for days (from=YYYY-MM-DD&to=YYYY-MM-DD, both"
                + " included), not a mix");
      }
      return Period.parseDays(from.get(), to.get());
    }
    return month.map(Period::parseMonth).orElseGet(() -> Period.month(currentMonth(clock)));
  }

  static YearMonth currentMonth(Clock clock) {
    return YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
  }

  private static Format format(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "json" -> Format.JSON;
      case "csv" -> Format.CSV;
      default ->
          throw new IllegalArgumentException(
              "usage comes as format=json or format=csv, not '" + text.strip() + "'");
    };
  }

  /** A 400 whose message says what was wrong and shows a request that works. */
  static ResponseStatusException refused(IllegalArgumentException wrong, String example) {
    String why = Objects.requireNonNullElse(wrong.getMessage(), "the parameters are malformed");
    return new ResponseStatusException(
        HttpStatus.BAD_REQUEST, "Cannot read gateway usage: " + why + ". For example: " + example);
  }

  /** {@code gateway-usage-2026-03-by-team-tool-per-day.csv} */
  String fileName() {
    StringBuilder name = new StringBuilder("gateway-usage-").append(request.period().label());
    name.append("-by");
    request.by().forEach(d -> name.append('-').append(d.label()));
    return name.append("-per-").append(request.per().label()).append(".csv").toString();
  }
}
