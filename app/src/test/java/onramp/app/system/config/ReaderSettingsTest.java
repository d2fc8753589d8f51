package onramp.app.system.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import onramp.gateway.audit.InMemoryAuditLog;
import onramp.gateway.budget.InMemoryBudgets;
import org.junit.jupiter.api.Test;

class ReaderSettingsTest {
  @Test
  void findsTheGatewayYamlThroughTheSystemPropertyBeforeTheEnvironment() {
    ReaderSettings settings =
        ReaderSettings.from(
            of(Map.of("onramp.gateway.config", "/etc/onramp/gateway.yaml")),
            of(Map.of("ONRAMP_GATEWAY_CONFIG", "/elsewhere/gateway.yaml")));

    assertThat(settings.gatewayYaml()).contains(Path.of("/etc/onramp/gateway.yaml"));
  }

  @Test
  void findsTheGatewayYamlAndTheModelInTheEnvironment() {
    ReaderSettings settings =
        ReaderSettings.from(
            of(Map.of()),
            of(
                Map.of(
                    "ONRAMP_GATEWAY_CONFIG", "/etc/onramp/gateway.yaml",
                    "ONRAMP_DOCUMENTS_MODEL", "claude-sonnet-4-5")));

    assertThat(settings.gatewayYaml()).contains(Path.of("/etc/onramp/gateway.yaml"));
    assertThat(settings.model()).isEqualTo("claude-sonnet-4-5");
  }

  @Test
  void withoutConfigurationTheModelStepsAreOffAndSayHowToTurnThemOn() {
    ReaderSettings settings = ReaderSettings.from(of(Map.of()), of(Map.of()));

    var readers =
        settings.modelReaders(InMemoryBudgets.create(Clock.systemUTC()), InMemoryAuditLog.create());

    assertThat(settings.model()).isEqualTo("claude-haiku-4-5");
    assertThat(readers.available()).isFalse();
    assertThat(readers.status())
        .startsWith("off: no vendor configured")
        .contains("onramp.gateway.config", "ONRAMP_GATEWAY_CONFIG")
        .endsWith("these applications go to a person");
  }

  private static Function<String, Optional<String>> of(Map<String, String> values) {
    return name -> Optional.ofNullable(values.get(name));
  }
}
