package onramp.app.gatewayusage;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import onramp.gateway.usage.UsageCsv;
import onramp.gateway.usage.UsageJson;
import onramp.gateway.usage.UsageQuery;
import onramp.gateway.usage.UsageReport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/gateway/usage?month=YYYY-MM&by=team|tool|key|model|user[,…]&per=day|month
 * &format=json|csv}: defaults are the current month (UTC), by team, per month, JSON. {@code
 * from}/{@code to} (days, both included) instead of {@code month} for another range.
 */
@RestController
class UsageApiController {
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  private final UsageQuery usage;
  private final Clock clock;

  UsageApiController(UsageQuery usage, Clock clock) {
    this.usage = usage;
    this.clock = clock;
  }

  @GetMapping("/api/gateway/usage")
  ResponseEntity<String> usage(
      @RequestParam Optional<String> month,
      @RequestParam Optional<String> from,
      @RequestParam Optional<String> to,
      @RequestParam(defaultValue = "team") String by,
      @RequestParam(defaultValue = "month") String per,
      @RequestParam(defaultValue = "json") String format) {
    UsageParameters asked = UsageParameters.parse(month, from, to, by, per, format, clock);
    UsageReport report = usage.report(asked.request());
    return switch (asked.format()) {
      case JSON ->
          ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(UsageJson.of(report));
      case CSV ->
          ResponseEntity.ok()
              .contentType(CSV)
              .header(
                  HttpHeaders.CONTENT_DISPOSITION,
                  ContentDisposition.attachment().filename(asked.fileName()).build().toString())
              .body(UsageCsv.of(report));
    };
  }
}
