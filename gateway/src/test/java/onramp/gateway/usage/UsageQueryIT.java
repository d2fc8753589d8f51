package onramp.gateway.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import onramp.gateway.CallMetadata;
import onramp.gateway.DataClass;
import onramp.gateway.GatewayFixture;
import onramp.gateway.Usage;
import onramp.gateway.audit.AuditRecord;
import onramp.gateway.audit.Outcome;
import onramp.gateway.audit.PostgresAuditLog;
import onramp.gateway.keys.KeyGrant;
import onramp.gateway.keys.PostgresKeyStore;
import onramp.gateway.keys.VirtualKey;
import onramp.gateway.metering.PriceTable;
import onramp.testkit.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Usage summed by PostgreSQL from audit records written as the gateway writes them. The pool's
 * sessions run 14 hours ahead of UTC, so a query that let the session's zone decide the day would
 * put calls in the wrong day and month.
 */
class UsageQueryIT {
  private static final PriceTable PRICES = GatewayFixture.prices();
  private static final Period MARCH = Period.month(YearMonth.of(2026, 3));
  private static final Usage CACHED = new Usage(1_000, 500, 20_000, 3_000, 1_000);

  private TestDatabase db;
  private HikariDataSource pool;
  private PostgresAuditLog audit;
  private UsageQuery usage;

  @BeforeEach
  void database() throws Exception {
    db = new TestDatabase("gateway", "classpath:db/gateway");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/" + db.name());
    config.setUsername("postgres");
    config.setMaximumPoolSize(2);
    config.setConnectionInitSql("SET TIME ZONE 'Pacific/Kiritimati'");
    pool = new HikariDataSource(config);
    audit = PostgresAuditLog.create(pool);
    usage = UsageQuery.create(pool);
  }

  @AfterEach
  void drop() throws Exception {
    pool.close();
    db.close();
  }

  private static CallMetadata who(String team, String tool, String user) {
    return CallMetadata.of(team, tool, user, DataClass.INTERNAL, "usage-test");
  }

  private void call(String at, CallMetadata who, String model, Usage tokens, Outcome outcome) {
    BigDecimal cost = outcome == Outcome.REFUSED ? BigDecimal.ZERO : PRICES.cost(model, tokens);
    audit.append(
        new AuditRecord(
            UUID.randomUUID(),
            Instant.parse(at),
            who,
            outcome == Outcome.REFUSED ? Optional.empty() : Optional.of("anthropic"),
            model,
            outcome == Outcome.REFUSED ? Usage.NONE : tokens,
            cost,
            Duration.ofMillis(240),
            outcome == Outcome.REFUSED ? 0 : 1,
            outcome,
            outcome == Outcome.OK ? Optional.empty() : Optional.of("SOME_CODE"),
            Optional.empty(),
            Map.of(),
            Optional.empty()));
  }

  private VirtualKey key(String team, String tool) {
    return PostgresKeyStore.create(pool, Clock.systemUTC()).issue(KeyGrant.of(team, tool)).key();
  }

  @Test
  void sumsCallsOutcomesTokensAndExactDollarsPerTeamCacheTokensIncluded() {
    CallMetadata reader = who("onboarding", "licence-reader", "svc-onboarding");
    call("2026-03-02T09:00:00Z", reader, "claude-sonnet-4-5", CACHED, Outcome.OK);
    call("2026-03-15T09:00:00Z", reader, "claude-sonnet-4-5", CACHED, Outcome.OK);
    call("2026-03-15T10:00:00Z", reader, "claude-sonnet-4-5", CACHED, Outcome.REFUSED);
    CallMetadata workspace = who("support", "workspace", "agent-12");
    call("2026-03-20T10:00:00Z", workspace, "llama-70b", new Usage(1, 0, 1, 0, 0), Outcome.OK);
    call("2026-03-20T11:00:00Z", workspace, "llama-70b", new Usage(7, 3, 0, 0, 0), Outcome.FAILED);

    UsageReport report = usage.report(UsageRequest.of(MARCH, Granularity.MONTH, Dimension.TEAM));

    // sonnet, $3 in / $15 out per MTok: 1000×3 + 3000×3×1.25 + 1000×3×2 + 20000×3×0.1 + 500×15
    // = 33,750 µ$ = $0.03375 a call. llama, $0.50 in: 1×0.5 + 1×0.05 = $0.00000055;
    // 7×0.5 + 3×1.5 = $0.000008.
    assertThat(report.rows())
        .extracting(
            r ->
                r.value(Dimension.TEAM).orElseThrow()
                    + " "
                    + r.bucket()
                    + " calls="
                    + r.totals().calls()
                    + " ok="
                    + r.totals().ok()
                    + " refused="
                    + r.totals().refused()
                    + " failed="
                    + r.totals().failed()
                    + " "
                    + r.totals().tokens()
                    + " $"
                    + r.totals().costUsd().toPlainString())
        .containsExactly(
            "onboarding 2026-03-01 calls=3 ok=2 refused=1 failed=0"
                + " Usage[input=2000, output=1000, cacheRead=40000, cacheWrite5m=6000, cacheWrite1h=2000]"
                + " $0.0675",
            "support 2026-03-01 calls=2 ok=1 refused=0 failed=1"
                + " Usage[input=8, output=3, cacheRead=1, cacheWrite5m=0, cacheWrite1h=0]"
                + " $0.00000855");
    assertThat(report.totals().costUsd().toPlainString()).isEqualTo("0.06750855");
    assertThat(report.totals().calls()).isEqualTo(5);
    assertThat(usage.totals(MARCH)).isEqualTo(report.totals());
    assertThat(report.totals().cacheReadShare())
        .hasValueSatisfying(
            s -> assertThat(s).isEqualTo(40_001.0 / (2_008 + 40_001 + 6_000 + 2_000)));
  }

  @Test
  void groupsByKeyWithItsHintAndCountsCallsMadeInProcessUnderNoKey() {
    VirtualKey busy = key("support", "workspace");
    VirtualKey quiet = key("support", "workspace");
    CallMetadata workspace = who("support", "workspace", "agent-12");
    Usage small = Usage.of(100, 10);
    call(
        "2026-03-03T12:00:00Z",
        workspace.withKey(ref(busy)),
        "claude-sonnet-4-5",
        CACHED,
        Outcome.OK);
    call(
        "2026-03-04T12:00:00Z",
        workspace.withKey(ref(busy)),
        "claude-sonnet-4-5",
        CACHED,
        Outcome.OK);
    call(
        "2026-03-04T13:00:00Z",
        workspace.withKey(ref(quiet)),
        "claude-haiku-4-5",
        small,
        Outcome.OK);
    call("2026-03-05T13:00:00Z", workspace, "claude-haiku-4-5", small, Outcome.OK);

    UsageReport report = usage.report(UsageRequest.of(MARCH, Granularity.MONTH, Dimension.KEY));

    assertThat(report.rows())
        .extracting(
            r ->
                r.value(Dimension.KEY).orElse("none")
                    + " "
                    + r.keyHint().orElse("-")
                    + " "
                    + r.totals().calls()
                    + " $"
                    + r.totals().costUsd().toPlainString())
        .containsExactly(
            busy.id() + " " + busy.hint() + " 2 $0.0675",
            quiet.id() + " " + quiet.hint() + " 1 $0.00015",
            "none - 1 $0.00015");
  }

  @Test
  void groupsByTeamToolAndModelPerDayMostExpensiveFirstWithinADay() {
    call(
        "2026-03-09T08:00:00Z",
        who("onboarding", "licence-reader", "svc"),
        "claude-haiku-4-5",
        Usage.of(1_000, 100),
        Outcome.OK);
    call(
        "2026-03-09T09:00:00Z",
        who("onboarding", "i9-reader", "svc"),
        "claude-sonnet-4-5",
        Usage.of(1_000, 100),
        Outcome.OK);
    call(
        "2026-03-09T10:00:00Z",
        who("onboarding", "i9-reader", "svc"),
        "claude-sonnet-4-5",
        Usage.of(1_000, 100),
        Outcome.OK);
    call(
        "2026-03-10T10:00:00Z",
        who("support", "workspace", "agent-3"),
        "claude-haiku-4-5",
        Usage.of(10, 1),
        Outcome.OK);

    UsageReport report =
        usage.report(
            UsageRequest.of(
                MARCH, Granularity.DAY, Dimension.TEAM, Dimension.TOOL, Dimension.MODEL));

    assertThat(report.rows())
        .extracting(
            r ->
                Granularity.DAY.name(r.bucket())
                    + " "
                    + r.groups().stream().map(g -> g.value().orElseThrow()).toList()
                    + " "
                    + r.totals().calls()
                    + " $"
                    + r.totals().costUsd().toPlainString())
        .containsExactly(
            "2026-03-09 [onboarding, i9-reader, claude-sonnet-4-5] 2 $0.009",
            "2026-03-09 [onboarding, licence-reader, claude-haiku-4-5] 1 $0.0015",
            "2026-03-10 [support, workspace, claude-haiku-4-5] 1 $0.000015");
  }

  @Test
  void groupsByUser() {
    call(
        "2026-03-09T08:00:00Z",
        who("support", "workspace", "agent-3"),
        "claude-haiku-4-5",
        Usage.of(10, 1),
        Outcome.OK);
    call(
        "2026-03-09T09:00:00Z",
        who("support", "workspace", "agent-4"),
        "claude-haiku-4-5",
        Usage.of(20, 2),
        Outcome.OK);
    call(
        "2026-03-19T09:00:00Z",
        who("support", "workspace", "agent-4"),
        "claude-haiku-4-5",
        Usage.of(20, 2),
        Outcome.OK);

    UsageReport report = usage.report(UsageRequest.of(MARCH, Granularity.MONTH, Dimension.USER));

    assertThat(report.rows())
        .extracting(r -> r.value(Dimension.USER).orElseThrow() + " " + r.totals().calls())
        .containsExactly("agent-4 2", "agent-3 1");
  }

  @Test
  void daysAndMonthsAreUtcWhateverTheSessionTimeZone() {
    CallMetadata reader = who("onboarding", "licence-reader", "svc");
    Usage tokens = Usage.of(1_000, 0);
    call("2026-02-28T23:59:59.999Z", reader, "claude-haiku-4-5", tokens, Outcome.OK);
    call("2026-03-01T00:00:00Z", reader, "claude-haiku-4-5", tokens, Outcome.OK);
    call("2026-03-31T23:59:59.999Z", reader, "claude-haiku-4-5", tokens, Outcome.OK);
    call("2026-04-01T00:00:00Z", reader, "claude-haiku-4-5", tokens, Outcome.OK);

    UsageReport march = usage.report(UsageRequest.of(MARCH, Granularity.DAY, Dimension.TEAM));
    UsageReport turnOfMonth =
        usage.report(
            UsageRequest.of(
                Period.parseDays("2026-03-31", "2026-04-01"), Granularity.MONTH, Dimension.TEAM));

    assertThat(march.rows())
        .extracting(r -> r.bucket() + " " + r.totals().calls())
        .containsExactly("2026-03-01 1", "2026-03-31 1");
    assertThat(usage.totals(Period.month(YearMonth.of(2026, 2))).calls()).isEqualTo(1);
    assertThat(usage.totals(Period.month(YearMonth.of(2026, 4))).calls()).isEqualTo(1);
    assertThat(turnOfMonth.rows())
        .extracting(r -> Granularity.MONTH.name(r.bucket()) + " " + r.totals().calls())
        .containsExactly("2026-03 1", "2026-04 1");
  }

  @Test
  void aMonthWithoutCallsHasNoRowsZeroTotalsAndADailySeriesOfZeroDays() {
    call(
        "2026-03-09T08:00:00Z",
        who("support", "workspace", "agent-3"),
        "claude-haiku-4-5",
        Usage.of(10, 1),
        Outcome.OK);
    Period may = Period.month(YearMonth.of(2026, 5));

    UsageReport report = usage.report(UsageRequest.of(may, Granularity.DAY, Dimension.TEAM));
    DailySeries series = usage.daily(may, Dimension.TEAM);

    assertThat(report.isEmpty()).isTrue();
    assertThat(report.totals()).isEqualTo(UsageTotals.NONE);
    assertThat(report.totals().cacheReadShare()).isEmpty();
    assertThat(series.days()).hasSize(31);
    assertThat(series.lines()).isEmpty();
    assertThat(series.totalsPerDay()).hasSize(31).containsOnly(UsageTotals.NONE);
  }

  @Test
  void theDailySeriesHasEveryDayOfTheMonthAndOneLinePerTeamMostExpensiveFirst() {
    call(
        "2026-03-02T08:00:00Z",
        who("support", "workspace", "agent-3"),
        "claude-haiku-4-5",
        Usage.of(10, 1),
        Outcome.OK);
    call(
        "2026-03-30T08:00:00Z",
        who("onboarding", "licence-reader", "svc"),
        "claude-sonnet-4-5",
        CACHED,
        Outcome.OK);

    DailySeries series = usage.daily(MARCH, Dimension.TEAM);

    assertThat(series.days()).hasSize(31).startsWith(LocalDate.of(2026, 3, 1));
    assertThat(series.lines())
        .extracting(l -> l.value().orElseThrow())
        .containsExactly("onboarding", "support");
    DailySeries.Line onboarding = series.lines().getFirst();
    assertThat(onboarding.perDay()).hasSize(31);
    assertThat(onboarding.perDay().get(29).costUsd()).isEqualByComparingTo("0.03375");
    assertThat(onboarding.perDay().get(1)).isEqualTo(UsageTotals.NONE);
    assertThat(series.totalsPerDay().get(1).costUsd()).isEqualByComparingTo("0.000015");
    assertThat(series.lines().get(1).total().calls()).isEqualTo(1);
  }

  @Test
  void rollingUpAFinerReportGivesWhatTheQueryGivesForTheCoarserOne() {
    Random random = new Random(7);
    List<VirtualKey> keys = List.of(key("support", "workspace"), key("engineering", "ts-review"));
    List<String> models = List.of("claude-sonnet-4-5", "claude-haiku-4-5", "llama-70b");
    for (int i = 0; i < 120; i++) {
      int k = random.nextInt(3);
      CallMetadata caller =
          k == 2
              ? who("onboarding", "licence-reader", "svc")
              : who(keys.get(k).grant().team(), keys.get(k).grant().tool(), "person-" + k)
                  .withKey(ref(keys.get(k)));
      call(
          "2026-03-%02dT%02d:00:00Z".formatted(1 + random.nextInt(31), random.nextInt(24)),
          caller,
          models.get(random.nextInt(3)),
          new Usage(random.nextInt(9_000), random.nextInt(900), random.nextInt(30_000), 0, 0),
          random.nextInt(20) == 0 ? Outcome.FAILED : Outcome.OK);
    }
    UsageReport fine =
        usage.report(
            UsageRequest.of(
                MARCH,
                Granularity.DAY,
                Dimension.KEY,
                Dimension.TEAM,
                Dimension.TOOL,
                Dimension.MODEL));

    for (UsageRequest coarse :
        List.of(
            UsageRequest.of(MARCH, Granularity.DAY, Dimension.TEAM),
            UsageRequest.of(MARCH, Granularity.MONTH, Dimension.MODEL),
            UsageRequest.of(MARCH, Granularity.MONTH, Dimension.KEY, Dimension.TOOL),
            UsageRequest.of(MARCH, Granularity.MONTH))) {
      assertThat(fine.rollUp(coarse.by(), coarse.per()))
          .as("by %s per %s", coarse.by(), coarse.per())
          .isEqualTo(usage.report(coarse));
    }
  }

  private static CallMetadata.KeyRef ref(VirtualKey key) {
    return new CallMetadata.KeyRef(key.id().toString(), false);
  }
}
