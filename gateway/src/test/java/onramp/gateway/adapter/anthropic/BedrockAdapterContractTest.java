package onramp.gateway.adapter.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import onramp.gateway.ModelAdapter;
import onramp.gateway.Vendor;
import onramp.gateway.adapter.ModelAdapterContract;
import onramp.gateway.fake.ReceivedRequest;
import onramp.gateway.fake.Wire;

class BedrockAdapterContractTest extends ModelAdapterContract {

  @Override
  protected ModelAdapter adapter(URI fakeBaseUri) {
    return AnthropicAdapter.bedrock(
        new BedrockSettings(
            Vendor.of("bedrock"),
            "us-east-1",
            Optional.of(fakeBaseUri),
            new BedrockSettings.AwsCredentials.Static("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG"),
            TIMEOUT));
  }

  @Override
  protected Wire wire() {
    return Wire.BEDROCK;
  }

  @Override
  protected String vendorModelId() {
    return "us.anthropic.claude-sonnet-4-5-20250929-v1:0";
  }

  @Override
  protected void assertCredentialsSent(ReceivedRequest request) {
    assertThat(request.path())
        .isEqualTo("/model/us.anthropic.claude-sonnet-4-5-20250929-v1:0/invoke");
    assertThat(request.header("authorization").orElseThrow())
        .startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
        .contains("/us-east-1/bedrock/aws4_request");
    assertThat(request.header("x-amz-date")).isPresent();
    assertThat(request.json().path("anthropic_version").asText()).isNotBlank();
    assertThat(request.json().has("model")).isFalse();
  }
}
