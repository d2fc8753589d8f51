package onramp.gateway.bench.load;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import onramp.gateway.DataClass;
import onramp.gateway.Vendor;
import onramp.gateway.adapter.anthropic.AnthropicAdapter;
import onramp.gateway.adapter.anthropic.DirectSettings;
import onramp.gateway.audit.PostgresAuditLog;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.budget.Budgets;
import onramp.gateway.budget.InMemoryBudgets;
import onramp.gateway.budget.PostgresBudgets;
import onramp.gateway.fake.FakeVendorServer;
import onramp.gateway.governed.Gateway;
import onramp.gateway.keys.IssuedKey;
import onramp.gateway.keys.KeyGrant;
import onramp.gateway.keys.PostgresKeyStore;
import onramp.gateway.masking.PatternMasker;
import onramp.gateway.metering.ModelPrice;
import onramp.gateway.metering.PriceTable;
import onramp.gateway.policy.ModelRoute;
import onramp.gateway.policy.Policy;
import onramp.gateway.resilience.Resilience;
import onramp.gateway.service.GatewayServer;
import onramp.gateway.service.GatewayService;

/**
 * What the load goes through: the fake vendor on loopback, and the gateway service in front of it
 * with every part of governance on and persistent — policy, the production masker, budgets of team,
 * tool and key, keys and audit in PostgreSQL — and one virtual key with its own budget and rate
 * limit, all set high enough never to refuse.
 */
final class BenchGateway implements AutoCloseable {
  static final String MODEL = "claude-sonnet-4-5";
  static final String TEAM = "bench";
  static final String TOOL = "load";
  static final BigDecimal LIMIT_USD = new BigDecimal("1000000");
  private static final Vendor VENDOR = Vendor.of("anthropic");

  final FakeVendorServer fake;
  final Instrumented instruments = new Instrumented();
  final IssuedKey key;
  final Budgets budgets;
  final List<BudgetKey> budgetKeys;
  private final Gateway gateway;
  private final GatewayServer server;

  private BenchGateway(FakeVendorServer fake, DataSource db, boolean budgetsInMemory) {
    this.fake = fake;
    Clock clock = Clock.systemUTC();
    this.budgets =
        budgetsInMemory ? InMemoryBudgets.create(clock) : PostgresBudgets.create(db, clock);
    PostgresKeyStore keys = PostgresKeyStore.create(db, clock);
    this.key =
        keys.issue(
            new KeyGrant(
                TEAM,
                TOOL,
                Optional.of("bench-user"),
                Set.of(),
                DataClass.CUSTOMER,
                Optional.of(LIMIT_USD),
                Optional.of(100_000_000),
                Optional.empty()));
    this.budgetKeys =
        List.of(
            BudgetKey.team(TEAM), BudgetKey.tool(TOOL), BudgetKey.key(key.key().id().toString()));
    budgetKeys.forEach(k -> budgets.setLimit(k, LIMIT_USD));
    Policy policy =
        Policy.of(
            List.of(ModelRoute.allowed(MODEL, VENDOR, "claude-sonnet-4-5-20250929")),
            Map.of(VENDOR, Set.of(DataClass.PUBLIC, DataClass.INTERNAL, DataClass.CUSTOMER)),
            List.of());
    this.gateway =
        Gateway.builder(
                policy,
                PriceTable.of(Map.of(MODEL, ModelPrice.of("3.00", "15.00"))),
                PatternMasker.standard())
            .adapter(
                instruments.adapter(
                    AnthropicAdapter.direct(
                        new DirectSettings(
                            VENDOR,
                            "sk-ant-bench",
                            Optional.of(fake.baseUri()),
                            Duration.ofSeconds(30)))))
            .budgets(instruments.budgets(budgets))
            .audit(instruments.audit(PostgresAuditLog.create(db)))
            .resilience(Resilience.defaults())
            .clock(clock)
            .build();
    this.server =
        GatewayServer.startOnLoopback(
            GatewayService.create(
                gateway,
                keys,
                clock,
                Duration.ofSeconds(30),
                GatewayService.DEFAULT_MAX_BODY_BYTES),
            0);
  }

  /**
   * Starts the fake vendor and the gateway on {@code db}, a database with the gateway's tables;
   * with {@code budgetsInMemory}, budgets are kept in memory instead (an experiment).
   */
  static BenchGateway start(DataSource db, boolean budgetsInMemory) {
    FakeVendorServer fake = FakeVendorServer.start(0).recording(false);
    try {
      return new BenchGateway(fake, db, budgetsInMemory);
    } catch (RuntimeException e) {
      fake.close();
      throw e;
    }
  }

  URI baseUri() {
    return server.baseUri();
  }

  int fakePort() {
    return fake.baseUri().getPort();
  }

  @Override
  public void close() {
    try (fake;
        gateway) {
      server.close();
    }
  }
}
