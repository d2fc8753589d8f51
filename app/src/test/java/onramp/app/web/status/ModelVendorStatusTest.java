package onramp.app.web.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ModelVendorStatusTest {
  @Test
  void isOffAndRoutesToAHumanWhenNoVendorIsConfigured() {
    ComponentStatus status = new ModelVendorStatus(new MockEnvironment()).status();

    assertThat(status.on()).isFalse();
    assertThat(status.detail())
        .startsWith("no vendor configured — model-backed steps are off; onboarding routes those cases"
            + " to a human reviewer");
  }

  @Test
  void isOnAndNamesTheVendorWhenGatewayConfigurationExists() {
    MockEnvironment environment = new MockEnvironment().withProperty("onramp.gateway.vendor", "bedrock");

    ComponentStatus status = new ModelVendorStatus(environment).status();

    assertThat(status.on()).isTrue();
    assertThat(status.detail()).contains("vendor: bedrock");
  }
}
