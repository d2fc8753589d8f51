package onramp.documents.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import onramp.documents.front.FrontField;
import onramp.gateway.DataClass;
import onramp.gateway.Usage;
import onramp.gateway.audit.InMemoryAuditLog;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.budget.InMemoryBudgets;
import onramp.gateway.fake.FakeVendorServer;
import onramp.gateway.fake.Script;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelReadersTest {
  private final FakeVendorServer fake = FakeVendorServer.start();
  private final InMemoryAuditLog audit = InMemoryAuditLog.create();
  private final InMemoryBudgets budgets = InMemoryBudgets.create(Clock.systemUTC());
  @TempDir Path dir;

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void offSaysSoAndOffersNoReaders() {
    ModelReaders readers = ModelReaders.off("no vendor configured");

    assertThat(readers.available()).isFalse();
    assertThat(readers.status())
        .isEqualTo(
            "off: no vendor configured — model-backed steps are off; these applications go to a person");
    assertThat(readers.front()).isEmpty();
    assertThat(readers.i9()).isEmpty();
  }

  @Test
  void aGivenModelAndVendorNameTheStatus() {
    ModelReaders readers =
        ModelReaders.using(
            request -> {
              throw new AssertionError("not called");
            },
            "claude-haiku-4-5",
            "bedrock");

    assertThat(readers.available()).isTrue();
    assertThat(readers.status()).isEqualTo("on: claude-haiku-4-5 via bedrock");
    assertThat(readers.front())
        .hasValueSatisfying(r -> assertThat(r.modelName()).isEqualTo("claude-haiku-4-5"));
    assertThat(readers.i9()).isPresent();
  }

  @Test
  void readsThroughTheGatewayBuiltFromItsYaml() throws IOException {
    Path yaml = gatewayYaml("bedrock");
    fake.enqueue(Script.output(Answer.marisol().json(), Usage.of(1500, 180)));

    try (ModelReaders readers =
        ModelReaders.fromConfiguration(
            new ModelReaders.Settings(yaml, "claude-haiku-4-5", env("test-bedrock-key")),
            budgets,
            audit)) {
      assertThat(readers.status()).isEqualTo("on: claude-haiku-4-5 via bedrock");
      var reading = readers.front().orElseThrow().read(ModelFixture.marisolFront(), "APP-7");

      assertThat(reading.value(FrontField.LICENSE_NUMBER)).contains("R9930417");
    }
    assertThat(fake.lastReceived().path())
        .isEqualTo("/model/us.anthropic.claude-haiku-4-5-20251001-v1:0/invoke");
    assertThat(fake.lastReceived().header("authorization")).contains("Bearer test-bedrock-key");
    assertThat(audit.latest(1).get(0).caller().dataClass()).isEqualTo(DataClass.RESTRICTED);
    assertThat(budgets.state(BudgetKey.tool("licence-front-reader")).orElseThrow().spent())
        .isEqualByComparingTo(new BigDecimal("0.0024"));
  }

  @Test
  void aVendorWithoutCredentialsIsOff() throws IOException {
    Path yaml = gatewayYaml("anthropic");

    ModelReaders readers =
        ModelReaders.fromConfiguration(
            new ModelReaders.Settings(yaml, "claude-haiku-4-5", env(null)), budgets, audit);

    assertThat(readers.available()).isFalse();
    assertThat(readers.status())
        .startsWith("off: model claude-haiku-4-5 is served by anthropic, which has no credentials");
  }

  @Test
  void aModelMissingFromTheConfigurationIsOff() throws IOException {
    Path yaml = gatewayYaml("bedrock");

    ModelReaders readers =
        ModelReaders.fromConfiguration(
            new ModelReaders.Settings(yaml, "claude-opus-9", env("k")), budgets, audit);

    assertThat(readers.status()).startsWith("off: model claude-opus-9 is not in gateway.yaml");
  }

  private static java.util.function.Function<String, Optional<String>> env(
      @Nullable String bedrockKey) {
    Map<String, String> vars =
        bedrockKey == null ? Map.of() : Map.of("TEST_BEDROCK_KEY", bedrockKey);
    return name -> Optional.ofNullable(vars.get(name));
  }

  /**
   * A gateway.yaml with claude-haiku-4-5 served by {@code vendor} (bedrock or anthropic), both at
   * the fake.
   */
  private Path gatewayYaml(String vendor) throws IOException {
    String yaml =
        """
        vendors:
          bedrock:
            kind: bedrock
            region: us-east-1
            endpoint: %1$s
            apiKeyEnv: TEST_BEDROCK_KEY
            dataClasses: [PUBLIC, INTERNAL, CUSTOMER, RESTRICTED]
            timeoutSeconds: 5
          anthropic:
            kind: anthropic
            endpoint: %1$s
            apiKeyEnv: TEST_ANTHROPIC_KEY
            dataClasses: [PUBLIC, INTERNAL, CUSTOMER, RESTRICTED]
        models:
          claude-haiku-4-5: {vendor: %2$s, id: "us.anthropic.claude-haiku-4-5-20251001-v1:0", allowed: true, price: {input: 1.00, output: 5.00}}
        budgets:
          teams: {onboarding: 500}
          tools: {licence-front-reader: 150, i9-page-reader: 150}
        retry: {maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterSeconds: 1}
        breaker: {failureThreshold: 5, openSeconds: 30}
        """
            .formatted(fake.baseUri(), vendor);
    Path file = dir.resolve("gateway.yaml");
    Files.writeString(file, yaml);
    return file;
  }
}
