package onramp.gateway.adapter.anthropic;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import onramp.gateway.Vendor;

/**
 * How to reach Bedrock.
 *
 * @param region the AWS region whose Bedrock runtime is called, e.g. {@code us-east-1}; with a
 *     cross-region inference profile ({@code us.anthropic...}) AWS routes within that geography
 * @param endpoint overrides {@code https://bedrock-runtime.<region>.amazonaws.com} (tests, VPC
 *     endpoints)
 * @param credentials where the request-signing credentials come from
 * @param timeout per attempt
 */
public record BedrockSettings(
    Vendor vendor,
    String region,
    Optional<URI> endpoint,
    AwsCredentials credentials,
    Duration timeout) {

  /** Production: the AWS default credential chain (environment, profile, SSO, instance role). */
  public static BedrockSettings defaultChain(Vendor vendor, String region, Duration timeout) {
    return new BedrockSettings(
        vendor, region, Optional.empty(), new AwsCredentials.DefaultChain(), timeout);
  }

  public BedrockSettings withEndpoint(URI uri) {
    return new BedrockSettings(vendor, region, Optional.of(uri), credentials, timeout);
  }

  /** Where Bedrock credentials come from. */
  public sealed interface AwsCredentials {
    /** The AWS SDK's default chain; also picks up {@code AWS_BEARER_TOKEN_BEDROCK}. */
    record DefaultChain() implements AwsCredentials {}

    /** Fixed keys, for tests and special cases; prefer the default chain. */
    record Static(String accessKeyId, String secretAccessKey) implements AwsCredentials {
      @Override
      public String toString() {
        return "Static[" + accessKeyId + ", secret hidden]";
      }
    }

    /** A Bedrock API key (bearer token). */
    record ApiKey(String key) implements AwsCredentials {
      @Override
      public String toString() {
        return "ApiKey[hidden]";
      }
    }
  }
}
