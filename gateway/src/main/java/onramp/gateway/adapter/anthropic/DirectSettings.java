package onramp.gateway.adapter.anthropic;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import onramp.gateway.Vendor;

/**
 * How to reach Anthropic's API directly.
 *
 * @param baseUrl overrides {@code https://api.anthropic.com} (tests, a proxy)
 * @param timeout per attempt
 */
public record DirectSettings(
    Vendor vendor, String apiKey, Optional<URI> baseUrl, Duration timeout) {
  public DirectSettings {
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException(
          "the Anthropic API key for "
              + vendor
              + " is empty; set it in the environment variable the configuration names");
    }
  }

  @Override
  public String toString() {
    return "DirectSettings[" + vendor + ", key hidden, " + baseUrl + ", " + timeout + "]";
  }
}
