package onramp.documents.model;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import onramp.documents.synthetic.FrontContent;
import onramp.documents.synthetic.FrontStyle;
import onramp.documents.synthetic.LicenceFrontRenderer;
import onramp.gateway.DataClass;
import onramp.gateway.Vendor;
import onramp.gateway.adapter.anthropic.AnthropicAdapter;
import onramp.gateway.adapter.anthropic.BedrockSettings;
import onramp.gateway.audit.InMemoryAuditLog;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.budget.InMemoryBudgets;
import onramp.gateway.fake.FakeVendorServer;
import onramp.gateway.governed.Gateway;
import onramp.gateway.metering.ModelPrice;
import onramp.gateway.metering.PriceTable;
import onramp.gateway.policy.ModelRoute;
import onramp.gateway.policy.Policy;
import onramp.gateway.resilience.Resilience;
import onramp.gateway.resilience.RetryPolicy;

/**
 * A real gateway over the real Bedrock adapter (Anthropic SDK, SigV4 signing), pointed at the fake
 * vendor server: {@code claude-haiku-4-5} on Bedrock, whose agreement covers RESTRICTED data, and
 * {@code claude-sonnet-4-5} on a vendor covering only PUBLIC/INTERNAL. Retries sleep on a list, not
 * the clock: 3 attempts, breaker opens after 3 consecutive failures for 30 s.
 */
final class ModelFixture implements AutoCloseable {
  static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  static final String HAIKU = "claude-haiku-4-5";
  static final String HAIKU_ID = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
  static final String NARROW = "claude-sonnet-4-5";
  static final Vendor BEDROCK = Vendor.of("bedrock");
  static final Vendor NARROW_VENDOR = Vendor.of("bedrock-internal-only");

  final FakeVendorServer fake = FakeVendorServer.start();
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  final InMemoryAuditLog audit = InMemoryAuditLog.create();
  final InMemoryBudgets budgets = InMemoryBudgets.create(clock);
  final Gateway gateway;

  ModelFixture() {
    this(true);
  }

  /**
   * @param toolBudgets whether the reader tools have budget limits (a tool without one is refused)
   */
  ModelFixture(boolean toolBudgets) {
    budgets.setLimit(BudgetKey.team("onboarding"), new BigDecimal("100"));
    if (toolBudgets) {
      budgets.setLimit(BudgetKey.tool(ModelFrontReader.TOOL), new BigDecimal("50"));
      budgets.setLimit(BudgetKey.tool(ModelI9PageReader.TOOL), new BigDecimal("50"));
    }
    gateway =
        Gateway.builder(policy(), prices(), ModelReaders.masker())
            .adapter(bedrock(BEDROCK))
            .adapter(bedrock(NARROW_VENDOR))
            .budgets(budgets)
            .audit(audit)
            .clock(clock)
            .resilience(
                Resilience.of(
                    new RetryPolicy(
                        3, Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofSeconds(60)),
                    new Resilience.BreakerSettings(3, Duration.ofSeconds(30)),
                    clock,
                    sleeps::add))
            .build();
  }

  ModelFrontReader frontReader() {
    return ModelFrontReader.of(gateway, HAIKU, clock);
  }

  ModelI9PageReader i9Reader() {
    return ModelI9PageReader.of(gateway, HAIKU, clock);
  }

  private AnthropicAdapter bedrock(Vendor vendor) {
    return AnthropicAdapter.bedrock(
        new BedrockSettings(
            vendor,
            "us-east-1",
            Optional.of(fake.baseUri()),
            new BedrockSettings.AwsCredentials.Static("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG"),
            Duration.ofSeconds(5)));
  }

  private static Policy policy() {
    return Policy.of(
        List.of(
            ModelRoute.allowed(HAIKU, BEDROCK, HAIKU_ID),
            ModelRoute.allowed(
                NARROW, NARROW_VENDOR, "us.anthropic.claude-sonnet-4-5-20250929-v1:0")),
        Map.of(
            BEDROCK,
            Set.of(DataClass.values()),
            NARROW_VENDOR,
            Set.of(DataClass.PUBLIC, DataClass.INTERNAL)),
        List.of());
  }

  private static PriceTable prices() {
    return PriceTable.of(
        Map.of(HAIKU, ModelPrice.of("1.00", "5.00"), NARROW, ModelPrice.of("3.00", "15.00")));
  }

  /** A synthetic driver; nobody real. */
  static FrontContent marisol() {
    return new FrontContent(
        "CO",
        "COLORADO",
        "R9930417",
        "QUINTERO",
        "MARISOL",
        Optional.of("ANN"),
        Optional.empty(),
        LocalDate.of(1990, 7, 4),
        LocalDate.of(2023, 2, 10),
        LocalDate.of(2031, 7, 4),
        "F",
        64,
        "BRO",
        "415 HIGHLAND RD",
        "BOULDER",
        "CO",
        "80302",
        "C",
        "NONE",
        "NONE");
  }

  static BufferedImage marisolFront() {
    return LicenceFrontRenderer.render(marisol(), FrontStyle.standard());
  }

  @Override
  public void close() {
    gateway.close();
    fake.close();
  }
}
