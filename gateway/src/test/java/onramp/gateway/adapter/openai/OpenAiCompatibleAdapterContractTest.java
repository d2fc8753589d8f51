package onramp.gateway.adapter.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import onramp.gateway.ModelAdapter;
import onramp.gateway.Vendor;
import onramp.gateway.adapter.ModelAdapterContract;
import onramp.gateway.fake.ReceivedRequest;
import onramp.gateway.fake.Wire;

class OpenAiCompatibleAdapterContractTest extends ModelAdapterContract {

  @Override
  protected ModelAdapter adapter(URI fakeBaseUri) {
    return OpenAiCompatibleAdapter.of(
        new OpenAiSettings(
            Vendor.of("selfhosted"), fakeBaseUri.resolve("/v1"), "sk-test", TIMEOUT));
  }

  @Override
  protected Wire wire() {
    return Wire.OPENAI;
  }

  @Override
  protected String vendorModelId() {
    return "llama-3.1-70b-instruct";
  }

  @Override
  protected boolean reportsCacheWrites() {
    return false;
  }

  @Override
  protected void assertCredentialsSent(ReceivedRequest request) {
    assertThat(request.path()).isEqualTo("/v1/chat/completions");
    assertThat(request.header("authorization")).contains("Bearer sk-test");
    assertThat(request.json().path("messages").path(0).path("role").asText()).isEqualTo("system");
  }
}
