package onramp.app.system.cloud;

import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onramp.kms.*}: {@code key-id} (a KMS key ARN or alias, env ONRAMP_KMS_KEY_ID) turns the
 * KMS key on; {@code region} (else the AWS default chain's); {@code endpoint} only for a
 * KMS-compatible server (a test fake, a VPC endpoint). Credentials come from the AWS default chain.
 */
@ConfigurationProperties("onramp.kms")
public record KmsProperties(
    @Nullable String keyId, @Nullable String region, @Nullable URI endpoint) {
  public boolean configured() {
    return keyId != null && !keyId.isBlank();
  }

  Optional<String> regionName() {
    return Optional.ofNullable(region).filter(r -> !r.isBlank());
  }

  Optional<URI> endpointUri() {
    return Optional.ofNullable(endpoint);
  }
}
