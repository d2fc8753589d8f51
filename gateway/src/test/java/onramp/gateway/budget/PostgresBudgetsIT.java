package onramp.gateway.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import onramp.gateway.BudgetExceededException;
import onramp.gateway.DataClass;
import onramp.gateway.FakeMasker;
import onramp.gateway.GatewayFixture;
import onramp.gateway.ModelRequest;
import onramp.gateway.Usage;
import onramp.gateway.adapter.anthropic.AnthropicAdapter;
import onramp.gateway.adapter.anthropic.DirectSettings;
import onramp.gateway.audit.AuditRecord;
import onramp.gateway.audit.Outcome;
import onramp.gateway.audit.PostgresAuditLog;
import onramp.gateway.fake.FakeVendorServer;
import onramp.gateway.fake.Script;
import onramp.gateway.governed.Gateway;
import onramp.testkit.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresBudgetsIT {
  private TestDatabase db;
  private final List<HikariDataSource> pools = new ArrayList<>();
  private FakeVendorServer fake;

  @BeforeEach
  void setUp() throws Exception {
    db = new TestDatabase("gateway", "classpath:db/gateway");
    fake = FakeVendorServer.start();
  }

  @AfterEach
  void tearDown() throws Exception {
    fake.close();
    pools.forEach(HikariDataSource::close);
    db.close();
  }

  private Gateway instance(PostgresBudgets budgets, HikariDataSource pool) {
    return Gateway.builder(GatewayFixture.policy(), GatewayFixture.prices(), new FakeMasker())
        .adapter(
            AnthropicAdapter.direct(
                new DirectSettings(
                    GatewayFixture.ANTHROPIC,
                    "sk-ant-test",
                    Optional.of(fake.baseUri()),
                    Duration.ofSeconds(20))))
        .budgets(budgets)
        .audit(PostgresAuditLog.create(pool))
        .build();
  }

  private PostgresBudgets budgets(HikariDataSource pool) {
    return PostgresBudgets.create(pool, Clock.systemUTC());
  }

  private HikariDataSource pool() {
    HikariDataSource pool = db.pool(8);
    pools.add(pool);
    return pool;
  }

  @Test
  void neverOverspendsWith200ConcurrentCallsAcrossTwoInstances() throws Exception {
    // each call: worst case 18 input tokens × $6 + 1000 output × $15 per MTok = $0.015108;
    // actual 20 × $3 + 1000 × $15 = $0.01506. The team's $1.00 covers 66 calls, not 200.
    fake.defaultUsage(new Usage(20, 1000, 0, 0, 0));
    HikariDataSource poolA = pool();
    HikariDataSource poolB = pool();
    PostgresBudgets budgetsA = budgets(poolA);
    budgetsA.setLimit(BudgetKey.team("onboarding"), new BigDecimal("1.00"));
    budgetsA.setLimit(BudgetKey.tool("licence-reader"), new BigDecimal("1000"));
    List<Gateway> gateways = List.of(instance(budgetsA, poolA), instance(budgets(poolB), poolB));
    ModelRequest request =
        GatewayFixture.request("claude-sonnet-4-5", DataClass.INTERNAL)
            .user("Hi")
            .maxTokens(1000)
            .build();

    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 200; i++) {
        Gateway g = gateways.get(i % 2);
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    g.call(request);
                    return true;
                  } catch (BudgetExceededException e) {
                    return false;
                  }
                }));
      }
      start.countDown();
    }
    long succeeded = 0;
    for (Future<Boolean> r : results) {
      succeeded += r.get() ? 1 : 0;
    }

    BudgetState team = budgetsA.state(BudgetKey.team("onboarding")).orElseThrow();
    assertThat(team.spent()).isLessThanOrEqualTo(new BigDecimal("1.00"));
    assertThat(team.spent())
        .isEqualByComparingTo(new BigDecimal("0.01506").multiply(BigDecimal.valueOf(succeeded)));
    assertThat(team.reserved()).isEqualByComparingTo("0");
    assertThat(succeeded).isBetween(60L, 66L);
    assertThat(fake.received()).hasSize((int) succeeded);
    List<AuditRecord> audit = PostgresAuditLog.create(poolA).latest(500);
    assertThat(audit).hasSize(200);
    assertThat(audit.stream().filter(a -> a.outcome() == Outcome.OK)).hasSize((int) succeeded);
  }

  @Test
  void theLedgerCoversWhatTheVendorBilledWith200ConcurrentCallsAndFailuresMixedIn()
      throws Exception {
    Usage each = new Usage(20, 1000, 0, 0, 0);
    fake.defaultUsage(each);
    for (int i = 0; i < 200; i++) {
      fake.enqueue(
          i % 5 == 0
              ? Script.overloaded()
              : i % 7 == 0 ? Script.malformed("{\"type\":\"message\",") : Script.reply("ok", each));
    }
    HikariDataSource poolA = pool();
    HikariDataSource poolB = pool();
    PostgresBudgets budgetsA = budgets(poolA);
    budgetsA.setLimit(BudgetKey.team("onboarding"), new BigDecimal("1000"));
    budgetsA.setLimit(BudgetKey.tool("licence-reader"), new BigDecimal("1000"));
    List<Gateway> gateways = List.of(instance(budgetsA, poolA), instance(budgets(poolB), poolB));
    ModelRequest request =
        GatewayFixture.request("claude-sonnet-4-5", DataClass.INTERNAL)
            .user("Hi")
            .maxTokens(1000)
            .build();

    CountDownLatch start = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 200; i++) {
        Gateway g = gateways.get(i % 2);
        pool.submit(
            () -> {
              start.await();
              try {
                g.call(request);
              } catch (RuntimeException expected) {
                // overloaded after retries, unreadable answers, an open circuit
              }
              return null;
            });
      }
      start.countDown();
    }

    BudgetState team = budgetsA.state(BudgetKey.team("onboarding")).orElseThrow();
    BigDecimal billed = GatewayFixture.prices().cost("claude-sonnet-4-5", fake.billed());
    assertThat(billed).isPositive();
    assertThat(team.reserved()).isEqualByComparingTo("0");
    assertThat(team.spent()).isGreaterThanOrEqualTo(billed);
    // exactly what was billed, plus the worst case of each unreadable answer, marked estimated
    assertThat(team.spent().subtract(team.estimated())).isEqualByComparingTo(billed);
    assertThat(team.estimated()).isPositive();
  }

  @Test
  void chargesReservationsLeftByACrashedInstanceAtTheirWorstCaseMarkedEstimated() {
    HikariDataSource pool = pool();
    PostgresBudgets budgets = budgets(pool);
    budgets.setLimit(BudgetKey.team("onboarding"), new BigDecimal("10"));
    budgets.setLimit(BudgetKey.tool("licence-reader"), new BigDecimal("10"));
    Reservation r =
        budgets.reserve(GatewayFixture.meta(DataClass.INTERNAL, "x"), new BigDecimal("4"));

    int released = budgets.releaseStale(Duration.ofSeconds(-1));

    // the vendor may have answered before the instance died: charge the worst case, never $0
    assertThat(released).isEqualTo(1);
    BudgetState team = budgets.state(BudgetKey.team("onboarding")).orElseThrow();
    assertThat(team.spent()).isEqualByComparingTo("4");
    assertThat(team.estimated()).isEqualByComparingTo("4");
    assertThat(team.reserved()).isEqualByComparingTo("0");
    assertThat(budgets.releaseStale(Duration.ofSeconds(-1))).isZero();

    // the instance was only slow: its exact settlement replaces the estimate
    budgets.settle(r, new BigDecimal("1.5"));
    team = budgets.state(BudgetKey.team("onboarding")).orElseThrow();
    assertThat(team.spent()).isEqualByComparingTo("1.5");
    assertThat(team.estimated()).isEqualByComparingTo("0");
  }

  @Test
  void anInstanceKilledAfterTheVendorAnsweredIsChargedItsWorstCaseNeverLessThanWasBilled()
      throws Exception {
    fake.defaultUsage(new Usage(20, 1000, 0, 0, 0));
    PostgresBudgets budgets = budgets(pool());
    budgets.setLimit(BudgetKey.team("onboarding"), new BigDecimal("10"));
    budgets.setLimit(BudgetKey.tool("licence-reader"), new BigDecimal("10"));
    Path marker = Files.createTempFile("onramp-killed-", ".marker");
    Files.delete(marker);
    Process instance =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                InstanceKilledAfterTheAnswer.class.getName(),
                db.url(),
                fake.baseUri().toString(),
                marker.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      Instant deadline = Instant.now().plusSeconds(60);
      while (!Files.exists(marker) || Files.size(marker) == 0) {
        assertThat(instance.isAlive()).as("the instance is still running").isTrue();
        assertThat(Instant.now()).as("the instance answered in time").isBefore(deadline);
        Thread.sleep(50);
      }
      BigDecimal reservation = new BigDecimal(Files.readString(marker));
      instance.destroyForcibly().waitFor(); // SIGKILL: the settlement never happens
      BigDecimal billed = GatewayFixture.prices().cost("claude-sonnet-4-5", fake.billed());
      assertThat(billed).isPositive();
      assertThat(budgets.state(BudgetKey.team("onboarding")).orElseThrow().reserved())
          .isEqualByComparingTo(reservation);

      // another instance's sweep finds the reservation of the dead one
      assertThat(budgets.releaseStale(Duration.ofSeconds(-1))).isEqualTo(1);

      BudgetState team = budgets.state(BudgetKey.team("onboarding")).orElseThrow();
      assertThat(team.reserved()).isEqualByComparingTo("0");
      assertThat(team.spent()).isEqualByComparingTo(reservation).isGreaterThanOrEqualTo(billed);
      assertThat(team.estimated()).isEqualByComparingTo(reservation);
    } finally {
      instance.destroyForcibly();
      Files.deleteIfExists(marker);
    }
  }

  @Test
  void countsACallThatCostMoreThanItsReservation() {
    HikariDataSource pool = pool();
    PostgresBudgets budgets = budgets(pool);
    budgets.setLimit(BudgetKey.team("onboarding"), new BigDecimal("10"));
    budgets.setLimit(BudgetKey.tool("licence-reader"), new BigDecimal("10"));
    Reservation r =
        budgets.reserve(GatewayFixture.meta(DataClass.INTERNAL, "x"), new BigDecimal("1"));

    budgets.settle(r, new BigDecimal("2.5"));

    BudgetState team = budgets.state(BudgetKey.team("onboarding")).orElseThrow();
    assertThat(team.spent()).isEqualByComparingTo("2.5");
    assertThat(team.overruns()).isEqualTo(1);
  }

  @Test
  void seedsALimitOnlyWhereTheDatabaseHasNone() {
    PostgresBudgets budgets = budgets(pool());
    budgets.setLimit(BudgetKey.team("onboarding"), new BigDecimal("25"));

    assertThat(budgets.seedLimit(BudgetKey.team("onboarding"), new BigDecimal("100"))).isFalse();
    assertThat(budgets.seedLimit(BudgetKey.tool("licence-reader"), new BigDecimal("7"))).isTrue();

    assertThat(budgets.state(BudgetKey.team("onboarding")).orElseThrow().limit())
        .isEqualByComparingTo("25");
    assertThat(budgets.state(BudgetKey.tool("licence-reader")).orElseThrow().limit())
        .isEqualByComparingTo("7");
  }

  @Test
  void listsEveryBudgetWithThisMonthsSpendTeamsThenToolsThenKeys() {
    PostgresBudgets budgets = budgets(pool());
    budgets.setLimit(BudgetKey.key("k1"), BigDecimal.ONE);
    budgets.setLimit(BudgetKey.tool("licence-reader"), BigDecimal.TEN);
    budgets.setLimit(BudgetKey.team("support"), BigDecimal.TEN);
    budgets.setLimit(BudgetKey.team("onboarding"), BigDecimal.TEN);
    Reservation r =
        budgets.reserve(GatewayFixture.meta(DataClass.INTERNAL, "x"), new BigDecimal("4"));
    budgets.settle(r, new BigDecimal("1.25"));

    List<BudgetState> all = budgets.list();

    assertThat(all)
        .extracting(s -> s.key().toString())
        .containsExactly("team onboarding", "team support", "tool licence-reader", "key k1");
    assertThat(all.get(0).spent()).isEqualByComparingTo("1.25");
    assertThat(all.get(0).reserved()).isEqualByComparingTo("0");
    assertThat(all.get(1).spent()).isEqualByComparingTo("0");
  }

  @Test
  void refusesATeamWithoutABudget() {
    PostgresBudgets budgets = budgets(pool());

    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                BudgetExceededException.class,
                () ->
                    budgets.reserve(GatewayFixture.meta(DataClass.INTERNAL, "x"), BigDecimal.ONE)))
        .hasMessageContaining("no budget is set for team onboarding");
  }

  @Test
  void auditRecordsRoundTrip() {
    HikariDataSource pool = pool();
    PostgresBudgets budgets = budgets(pool);
    budgets.setLimit(BudgetKey.team("onboarding"), new BigDecimal("10"));
    budgets.setLimit(BudgetKey.tool("licence-reader"), new BigDecimal("10"));
    Gateway g = instance(budgets, pool);

    g.call(
        GatewayFixture.request("claude-sonnet-4-5", DataClass.CUSTOMER)
            .user("Mail kim@example.com")
            .build());

    AuditRecord a = PostgresAuditLog.create(pool).latest(1).get(0);
    assertThat(a.caller().dataClass()).isEqualTo(DataClass.CUSTOMER);
    assertThat(a.prompt()).isEmpty();
    assertThat(a.maskedEntities()).containsEntry(onramp.gateway.masking.EntityType.EMAIL, 1);
    assertThat(a.cost()).isEqualByComparingTo("0.000141");
    assertThat(a.vendor()).contains("anthropic");
  }
}
