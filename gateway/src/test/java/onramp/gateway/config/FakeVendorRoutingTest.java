package onramp.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import onramp.gateway.DataClass;
import onramp.gateway.FakeMasker;
import onramp.gateway.GatewayConfigException;
import onramp.gateway.GatewayFixture;
import onramp.gateway.ModelRequest;
import onramp.gateway.audit.InMemoryAuditLog;
import onramp.gateway.budget.InMemoryBudgets;
import onramp.gateway.fake.FakeVendorServer;
import onramp.gateway.fake.Wire;
import onramp.gateway.governed.Gateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FakeVendorRoutingTest {
  private final GatewayConfig config =
      GatewayConfig.load(Path.of("src/test/resources/config/gateway.yaml"));
  private final FakeVendorServer fake = FakeVendorServer.start();

  @AfterEach
  void stop() {
    fake.close();
  }

  @ParameterizedTest
  @CsvSource({
    "claude-sonnet-4-5, BEDROCK, translation",
    "claude-sonnet-4-5-direct, ANTHROPIC, translation",
    "llama-70b, OPENAI, rider-complaint-translation"
  })
  void routesEveryVendorOfTheConfigurationToTheFakeWithoutCredentials(
      String model, Wire wire, String purpose) {
    Gateway gateway = gateway(Map.of(GatewayFactory.FAKE_VENDOR_ENV, fake.baseUri() + "/"));

    String text =
        gateway
            .call(
                ModelRequest.builder(model, GatewayFixture.meta(DataClass.INTERNAL, purpose))
                    .user("Hello fake")
                    .build())
            .text();

    assertThat(text).isEqualTo("Echo: Hello fake");
    assertThat(fake.lastReceived().wire()).isEqualTo(wire);
  }

  @Test
  void withoutTheVariableNothingIsRoutedToAFake() {
    assertThat(GatewayFactory.fakeVendor(k -> Optional.empty())).isEmpty();
    assertThat(gateway(Map.of()).isAvailable("llama-70b")).isFalse();
  }

  @Test
  void refusesAnAddressThatIsNotAnHttpUrl() {
    assertThatThrownBy(() -> GatewayFactory.fakeVendor(k -> Optional.of("127.0.0.1:8089")))
        .isInstanceOf(GatewayConfigException.class)
        .hasMessageContaining("ONRAMP_FAKE_VENDOR must be an http URL");
  }

  private Gateway gateway(Map<String, String> env) {
    return GatewayFactory.create(
        config,
        new FakeMasker(),
        InMemoryBudgets.create(Clock.systemUTC()),
        InMemoryAuditLog.create(),
        k -> Optional.ofNullable(env.get(k)));
  }
}
