package onramp.devtools.tests;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import onramp.gateway.CallMetadata;
import onramp.gateway.DataClass;
import onramp.gateway.Vendor;
import onramp.gateway.adapter.anthropic.AnthropicAdapter;
import onramp.gateway.adapter.anthropic.DirectSettings;
import onramp.gateway.audit.InMemoryAuditLog;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.budget.InMemoryBudgets;
import onramp.gateway.fake.FakeVendorServer;
import onramp.gateway.governed.Gateway;
import onramp.gateway.masking.PatternMasker;
import onramp.gateway.metering.ModelPrice;
import onramp.gateway.metering.PriceTable;
import onramp.gateway.policy.ModelRoute;
import onramp.gateway.policy.Policy;
import onramp.gateway.resilience.Resilience;
import onramp.gateway.resilience.RetryPolicy;

/**
 * A real in-process gateway over the real Anthropic adapter, pointed at the fake vendor server:
 * {@code claude-sonnet-4-5}, allowed for INTERNAL data, one attempt (no retries to wait on).
 */
final class ModelFixture implements AutoCloseable {
  static final String MODEL = "claude-sonnet-4-5";
  static final String TOOL = "ts-tests";
  private static final Vendor ANTHROPIC = Vendor.of("anthropic");

  final FakeVendorServer fake = FakeVendorServer.start();
  final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
  final InMemoryAuditLog audit = InMemoryAuditLog.create();
  final Gateway gateway;

  ModelFixture() {
    InMemoryBudgets budgets = InMemoryBudgets.create(clock);
    budgets.setLimit(BudgetKey.team("payments"), new BigDecimal("100"));
    budgets.setLimit(BudgetKey.tool(TOOL), new BigDecimal("50"));
    gateway =
        Gateway.builder(
                Policy.of(
                    List.of(ModelRoute.allowed(MODEL, ANTHROPIC, "claude-sonnet-4-5-20250929")),
                    Map.of(ANTHROPIC, Set.of(DataClass.PUBLIC, DataClass.INTERNAL)),
                    List.of()),
                PriceTable.of(Map.of(MODEL, ModelPrice.of("3.00", "15.00"))),
                PatternMasker.standard())
            .adapter(
                AnthropicAdapter.direct(
                    new DirectSettings(
                        ANTHROPIC,
                        "sk-ant-test",
                        Optional.of(fake.baseUri()),
                        Duration.ofSeconds(5))))
            .budgets(budgets)
            .audit(audit)
            .clock(clock)
            .resilience(
                Resilience.of(
                    RetryPolicy.none(),
                    new Resilience.BreakerSettings(3, Duration.ofSeconds(30)),
                    clock,
                    d -> {}))
            .build();
  }

  ModelTestWriter writer() {
    return ModelTestWriter.of(
        gateway,
        MODEL,
        CallMetadata.of(
            "payments", TOOL, "dev-synthetic-1", DataClass.INTERNAL, "test generation"));
  }

  @Override
  public void close() {
    gateway.close();
    fake.close();
  }
}
