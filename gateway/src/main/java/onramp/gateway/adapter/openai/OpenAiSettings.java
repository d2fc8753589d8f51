package onramp.gateway.adapter.openai;

import java.net.URI;
import java.time.Duration;
import onramp.gateway.Vendor;

/**
 * How to reach an OpenAI-compatible endpoint.
 *
 * @param baseUrl up to and including the version, e.g. {@code https://api.openai.com/v1} or {@code
 *     http://llm.internal:8000/v1}; {@code /chat/completions} is appended
 * @param apiKey sent as {@code Authorization: Bearer}
 * @param timeout per attempt
 */
public record OpenAiSettings(Vendor vendor, URI baseUrl, String apiKey, Duration timeout) {
  @Override
  public String toString() {
    return "OpenAiSettings[" + vendor + ", " + baseUrl + ", key hidden, " + timeout + "]";
  }
}
