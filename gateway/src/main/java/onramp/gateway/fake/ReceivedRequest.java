package onramp.gateway.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request as the fake server received it.
 *
 * @param path the decoded path, e.g. {@code
 *     /model/us.anthropic.claude-sonnet-4-5-20250929-v1:0/invoke}
 * @param headers header names in lower case
 */
public record ReceivedRequest(
    Wire wire, String path, Map<String, List<String>> headers, String body) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public Optional<String> header(String name) {
    List<String> values = headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of());
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public JsonNode json() {
    try {
      return JSON.readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
