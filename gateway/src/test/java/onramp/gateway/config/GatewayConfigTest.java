package onramp.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import onramp.gateway.CallMetadata;
import onramp.gateway.DataClass;
import onramp.gateway.FakeMasker;
import onramp.gateway.GatewayConfigException;
import onramp.gateway.PolicyRefusedException;
import onramp.gateway.Usage;
import onramp.gateway.audit.InMemoryAuditLog;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.budget.InMemoryBudgets;
import onramp.gateway.governed.Gateway;
import onramp.gateway.policy.Policy;
import org.junit.jupiter.api.Test;

class GatewayConfigTest {
  private final GatewayConfig config =
      GatewayConfig.load(Path.of("src/test/resources/config/gateway.yaml"));

  @Test
  void readsRoutesAgreementsAndExceptions() {
    Policy policy = GatewayFactory.policy(config);
    CallMetadata translation =
        CallMetadata.of(
            "support", "workspace", "u", DataClass.INTERNAL, "rider-complaint-translation");

    assertThat(policy.allowedModels())
        .containsExactly("claude-haiku-4-5", "claude-sonnet-4-5", "claude-sonnet-4-5-direct");
    assertThat(
            policy
                .admit("claude-sonnet-4-5", translation, Instant.parse("2026-11-27T00:00:00Z"))
                .vendorModelId())
        .isEqualTo("us.anthropic.claude-sonnet-4-5-20250929-v1:0");
    assertThat(
            policy.admit("llama-70b", translation, Instant.parse("2027-03-31T23:00:00Z")).model())
        .isEqualTo("llama-70b");
    assertThatThrownBy(
            () -> policy.admit("llama-70b", translation, Instant.parse("2027-04-01T00:00:00Z")))
        .isInstanceOf(PolicyRefusedException.class)
        .hasMessageContaining("MLR-142", "Dana Reviewer", "expired on 2027-03-31");
  }

  @Test
  void readsPricesAndSeedsBudgets() {
    InMemoryBudgets budgets = InMemoryBudgets.create(Clock.systemUTC());

    GatewayFactory.create(
        config, new FakeMasker(), budgets, InMemoryAuditLog.create(), k -> Optional.empty());

    assertThat(
            GatewayFactory.prices(config).cost("claude-haiku-4-5", Usage.of(1_000_000, 1_000_000)))
        .isEqualByComparingTo("6");
    assertThat(budgets.state(BudgetKey.tool("licence-reader")).orElseThrow().limit())
        .isEqualByComparingTo(new BigDecimal("150"));
  }

  @Test
  void vendorsWithoutCredentialsAreReportedUnavailable() {
    Map<String, String> env = Map.of("ANTHROPIC_API_KEY", "sk-ant-x");

    Gateway gateway =
        GatewayFactory.create(
            config,
            new FakeMasker(),
            InMemoryBudgets.create(Clock.systemUTC()),
            InMemoryAuditLog.create(),
            k -> Optional.ofNullable(env.get(k)));

    assertThat(gateway.isAvailable("claude-sonnet-4-5-direct")).isTrue();
    assertThat(gateway.isAvailable("claude-sonnet-4-5")).isTrue(); // Bedrock: AWS default chain
    assertThat(gateway.isAvailable("llama-70b")).isFalse();
    assertThat(gateway.isAvailable("gpt-5")).isFalse();
  }

  @Test
  void rejectsAMisspeltKeyWithItsName() {
    assertThatThrownBy(() -> GatewayConfig.parse("vendors: {}\nmodels: {}\nbudget: {}\n"))
        .isInstanceOf(GatewayConfigException.class)
        .hasMessageContaining("budget");
  }
}
