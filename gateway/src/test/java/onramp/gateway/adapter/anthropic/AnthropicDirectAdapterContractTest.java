package onramp.gateway.adapter.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import onramp.gateway.ModelAdapter;
import onramp.gateway.Vendor;
import onramp.gateway.adapter.ModelAdapterContract;
import onramp.gateway.fake.ReceivedRequest;
import onramp.gateway.fake.Wire;

class AnthropicDirectAdapterContractTest extends ModelAdapterContract {

  @Override
  protected ModelAdapter adapter(URI fakeBaseUri) {
    return AnthropicAdapter.direct(
        new DirectSettings(
            Vendor.of("anthropic"), "sk-ant-test", Optional.of(fakeBaseUri), TIMEOUT));
  }

  @Override
  protected Wire wire() {
    return Wire.ANTHROPIC;
  }

  @Override
  protected String vendorModelId() {
    return "claude-sonnet-4-5-20250929";
  }

  @Override
  protected void assertCredentialsSent(ReceivedRequest request) {
    assertThat(request.path()).isEqualTo("/v1/messages");
    // SDK 3.14.0 sends the API key as a bearer token; older versions used x-api-key
    assertThat(
            request
                .header("x-api-key")
                .or(() -> request.header("authorization").map(a -> a.replace("Bearer ", ""))))
        .contains("sk-ant-test");
    assertThat(request.header("anthropic-version")).isPresent();
    assertThat(request.json().path("model").asText()).isEqualTo("claude-sonnet-4-5-20250929");
  }
}
