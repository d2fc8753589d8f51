package onramp.app.gatewayusage;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import onramp.gateway.CallMetadata;
import onramp.gateway.DataClass;
import onramp.gateway.Usage;
import onramp.gateway.audit.AuditRecord;
import onramp.gateway.audit.Outcome;
import onramp.gateway.audit.PostgresAuditLog;
import onramp.gateway.keys.KeyGrant;
import onramp.gateway.keys.PostgresKeyStore;
import onramp.gateway.keys.VirtualKey;
import onramp.gateway.metering.ModelPrice;
import onramp.gateway.metering.PriceTable;

/**
 * Audit records as the gateway writes them, for synthetic teams, tools and service accounts: a few
 * exact calls to check sums against, and a busy month to draw charts from.
 */
final class SyntheticUsage {
  static final PriceTable PRICES =
      PriceTable.of(
          Map.of(
              "claude-sonnet-4-5", ModelPrice.of("3.00", "15.00"),
              "claude-haiku-4-5", ModelPrice.of("1.00", "5.00"),
              "llama-70b", ModelPrice.of("0.50", "1.50")));

  private final PostgresAuditLog audit;
  private final PostgresKeyStore keys;

  SyntheticUsage(DataSource dataSource) {
    this.audit = PostgresAuditLog.create(dataSource);
    this.keys = PostgresKeyStore.create(dataSource, Clock.systemUTC());
  }

  VirtualKey key(String team, String tool) {
    return keys.issue(KeyGrant.of(team, tool)).key();
  }

  static CallMetadata who(String team, String tool, String user) {
    return CallMetadata.of(team, tool, user, DataClass.INTERNAL, "usage-page-test");
  }

  static CallMetadata with(CallMetadata who, VirtualKey key) {
    return who.withKey(new CallMetadata.KeyRef(key.id().toString(), false));
  }

  /** Records one call and returns what it cost. */
  BigDecimal call(Instant at, CallMetadata who, String model, Usage tokens, Outcome outcome) {
    boolean refused = outcome == Outcome.REFUSED;
    Usage used = refused ? Usage.NONE : tokens;
    BigDecimal cost = refused ? BigDecimal.ZERO : PRICES.cost(model, used);
    audit.append(
        new AuditRecord(
            UUID.randomUUID(),
            at,
            who,
            refused ? Optional.empty() : Optional.of("anthropic"),
            model,
            used,
            cost,
            Duration.ofMillis(300),
            refused ? 0 : 1,
            outcome,
            outcome == Outcome.OK ? Optional.empty() : Optional.of("SYNTHETIC"),
            Optional.empty(),
            Map.of(),
            Optional.empty()));
    return cost;
  }

  /**
   * A working month: six teams, their tools, three models, four keys and calls in process; returns
   * the calls and dollars recorded.
   */
  Recorded busyMonth(YearMonth month, long seed) {
    Random random = new Random(seed);
    record Caller(CallMetadata who, double callsPerDay) {}
    VirtualKey workspace = key("support", "workspace");
    VirtualKey marketing = key("marketing", "workspace");
    VirtualKey review = key("engineering", "ts-review");
    VirtualKey finance = key("finance", "workspace");
    List<Caller> callers =
        List.of(
            new Caller(who("onboarding", "licence-reader", "svc-onboarding"), 6),
            new Caller(who("onboarding", "i9-reader", "svc-onboarding"), 3),
            new Caller(with(who("support", "workspace", "agent-12"), workspace), 5),
            new Caller(with(who("engineering", "ts-review", "ci-bot"), review), 4),
            new Caller(with(who("marketing", "workspace", "writer-3"), marketing), 2),
            new Caller(with(who("finance", "workspace", "analyst-7"), finance), 1),
            new Caller(who("data-platform", "nightly-summaries", "svc-data"), 1));
    List<String> models = List.of("claude-sonnet-4-5", "claude-haiku-4-5", "llama-70b");
    long calls = 0;
    BigDecimal dollars = BigDecimal.ZERO;
    for (int day = 1; day <= month.lengthOfMonth(); day++) {
      double weekday = month.atDay(day).getDayOfWeek().getValue() >= 6 ? 0.3 : 1.0;
      for (Caller c : callers) {
        int n = (int) Math.round(c.callsPerDay() * weekday * random.nextDouble() * 2);
        for (int i = 0; i < n; i++) {
          Instant at =
              month
                  .atDay(day)
                  .atStartOfDay(ZoneOffset.UTC)
                  .toInstant()
                  .plusSeconds(random.nextInt(86_400));
          Usage tokens =
              new Usage(
                  500 + random.nextInt(20_000),
                  100 + random.nextInt(4_000),
                  random.nextInt(3) == 0 ? random.nextInt(60_000) : 0,
                  random.nextInt(5) == 0 ? random.nextInt(8_000) : 0,
                  random.nextInt(10) == 0 ? random.nextInt(8_000) : 0);
          int roll = random.nextInt(40);
          Outcome outcome = roll == 0 ? Outcome.REFUSED : roll == 1 ? Outcome.FAILED : Outcome.OK;
          dollars =
              dollars.add(
                  call(at, c.who(), models.get(random.nextInt(models.size())), tokens, outcome));
          calls++;
        }
      }
    }
    return new Recorded(calls, dollars);
  }

  record Recorded(long calls, BigDecimal dollars) {}
}
