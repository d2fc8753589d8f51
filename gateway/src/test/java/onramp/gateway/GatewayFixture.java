package onramp.gateway;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import onramp.gateway.adapter.anthropic.AnthropicAdapter;
import onramp.gateway.adapter.anthropic.DirectSettings;
import onramp.gateway.adapter.openai.OpenAiCompatibleAdapter;
import onramp.gateway.adapter.openai.OpenAiSettings;
import onramp.gateway.audit.InMemoryAuditLog;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.budget.Budgets;
import onramp.gateway.budget.InMemoryBudgets;
import onramp.gateway.fake.FakeVendorServer;
import onramp.gateway.governed.Gateway;
import onramp.gateway.metering.ModelPrice;
import onramp.gateway.metering.PriceTable;
import onramp.gateway.policy.ExceptionGrant;
import onramp.gateway.policy.ModelRoute;
import onramp.gateway.policy.Policy;
import onramp.gateway.resilience.Resilience;
import onramp.gateway.resilience.RetryPolicy;
import org.jspecify.annotations.Nullable;

/**
 * A gateway wired to the fake vendor server: {@code claude-sonnet-4-5} through Anthropic direct
 * (allowed; agreement covers PUBLIC, INTERNAL, CUSTOMER), {@code llama-70b} through a self-hosted
 * OpenAI-compatible endpoint (by exception only; PUBLIC and INTERNAL), {@code claude-haiku-4-5} on
 * Bedrock (allowed, but no Bedrock adapter configured). Today is 2026-11-27.
 */
public final class GatewayFixture implements AutoCloseable {
  public static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  public static final Vendor ANTHROPIC = Vendor.of("anthropic");
  public static final Vendor SELFHOSTED = Vendor.of("selfhosted");
  public static final Vendor BEDROCK = Vendor.of("bedrock");

  public final FakeVendorServer fake = FakeVendorServer.start();
  public final MutableClock clock = new MutableClock(NOW);
  public final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  public final InMemoryAuditLog audit = InMemoryAuditLog.create();
  public final Budgets budgets;
  public final Gateway gateway;

  public GatewayFixture() {
    this(
        null,
        new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofSeconds(60)));
  }

  public GatewayFixture(@Nullable Budgets sharedBudgets, RetryPolicy retry) {
    this.budgets = sharedBudgets != null ? sharedBudgets : InMemoryBudgets.create(clock);
    if (sharedBudgets == null) {
      budgets.setLimit(BudgetKey.team("onboarding"), new BigDecimal("100"));
      budgets.setLimit(BudgetKey.tool("licence-reader"), new BigDecimal("50"));
    }
    this.gateway =
        Gateway.builder(policy(), prices(), new FakeMasker())
            .adapter(
                AnthropicAdapter.direct(
                    new DirectSettings(
                        ANTHROPIC,
                        "sk-ant-test",
                        Optional.of(fake.baseUri()),
                        Duration.ofSeconds(5))))
            .adapter(
                OpenAiCompatibleAdapter.of(
                    new OpenAiSettings(
                        SELFHOSTED,
                        fake.baseUri().resolve("/v1"),
                        "sk-test",
                        Duration.ofSeconds(5))))
            .budgets(budgets)
            .audit(audit)
            .clock(clock)
            .resilience(
                Resilience.of(
                    retry,
                    new Resilience.BreakerSettings(3, Duration.ofSeconds(30)),
                    clock,
                    sleeps::add))
            .build();
  }

  public static Policy policy() {
    return Policy.of(
        List.of(
            ModelRoute.allowed("claude-sonnet-4-5", ANTHROPIC, "claude-sonnet-4-5-20250929"),
            ModelRoute.byExceptionOnly("llama-70b", SELFHOSTED, "llama-3.1-70b-instruct"),
            ModelRoute.allowed(
                "claude-haiku-4-5", BEDROCK, "us.anthropic.claude-haiku-4-5-20251001-v1:0")),
        Map.of(
            ANTHROPIC, Set.of(DataClass.PUBLIC, DataClass.INTERNAL, DataClass.CUSTOMER),
            SELFHOSTED, Set.of(DataClass.PUBLIC, DataClass.INTERNAL),
            BEDROCK, Set.of(DataClass.values())),
        List.of(
            new ExceptionGrant(
                SELFHOSTED,
                "llama-70b",
                "translation",
                "A. Reviewer",
                "MLR-7",
                LocalDate.parse("2026-12-31")),
            new ExceptionGrant(
                SELFHOSTED,
                "llama-70b",
                "summaries",
                "A. Reviewer",
                "MLR-3",
                LocalDate.parse("2026-11-26"))));
  }

  public static PriceTable prices() {
    return PriceTable.of(
        Map.of(
            "claude-sonnet-4-5", ModelPrice.of("3.00", "15.00"),
            "claude-haiku-4-5", ModelPrice.of("1.00", "5.00"),
            "llama-70b", ModelPrice.of("0.50", "1.50")));
  }

  public static CallMetadata meta(DataClass dataClass, String purpose) {
    return CallMetadata.of("onboarding", "licence-reader", "reviewer-7", dataClass, purpose);
  }

  public static ModelRequest.Builder request(String model, DataClass dataClass) {
    return ModelRequest.builder(model, meta(dataClass, "translation")).maxTokens(1000);
  }

  @Override
  public void close() {
    fake.close();
  }
}
