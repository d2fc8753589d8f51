package onramp.app.ops.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import onramp.app.system.config.ReaderSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelVendorStatusTest {
  @Test
  void isOffAndRoutesToAHumanWhenNoVendorIsConfigured() {
    ComponentStatus status = new ModelVendorStatus(settings(Optional.empty())).status();

    assertThat(status.on()).isFalse();
    assertThat(status.detail())
        .startsWith(
            "no vendor configured — model-backed steps are off; onboarding routes those cases"
                + " to a human reviewer")
        .contains("ONRAMP_GATEWAY_CONFIG");
  }

  @Test
  void isOffAndSaysWhyWhenTheConfigurationCannotBeUsed() {
    ComponentStatus status =
        new ModelVendorStatus(settings(Optional.of(Path.of("/nonexistent/gateway.yaml")))).status();

    assertThat(status.on()).isFalse();
    assertThat(status.detail()).contains("/nonexistent/gateway.yaml");
  }

  @Test
  void saysPlainlyWhenEveryVendorIsTheFake(@TempDir Path dir) throws Exception {
    Path yaml = dir.resolve("gateway.yaml");
    Files.writeString(
        yaml,
        """
        vendors:
          bedrock: {kind: bedrock, region: us-east-1, dataClasses: [PUBLIC, INTERNAL, CUSTOMER, RESTRICTED]}
        models:
          claude-haiku-4-5:
            vendor: bedrock
            id: us.anthropic.claude-haiku-4-5-20251001-v1:0
            allowed: true
            price: {input: 1.00, output: 5.00}
        """);
    Map<String, String> env = Map.of("ONRAMP_FAKE_VENDOR", "http://127.0.0.1:8089");

    ComponentStatus status =
        new ModelVendorStatus(
                new ReaderSettings(
                    Optional.of(yaml), "claude-haiku-4-5", k -> Optional.ofNullable(env.get(k))))
            .status();

    assertThat(status.on()).isTrue();
    assertThat(status.detail())
        .startsWith(
            "every vendor is the FAKE vendor at http://127.0.0.1:8089 (ONRAMP_FAKE_VENDOR)");
  }

  private static ReaderSettings settings(Optional<Path> gatewayYaml) {
    return new ReaderSettings(gatewayYaml, "claude-haiku-4-5", name -> Optional.empty());
  }
}
