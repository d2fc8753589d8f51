package onramp.app.ops.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import onramp.app.system.config.ReaderSettings;
import org.junit.jupiter.api.Test;

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

  private static ReaderSettings settings(Optional<Path> gatewayYaml) {
    return new ReaderSettings(gatewayYaml, "claude-haiku-4-5", name -> Optional.empty());
  }
}
