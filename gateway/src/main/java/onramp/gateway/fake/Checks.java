package onramp.gateway.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.util.Optional;

/** What the real vendors check before they look at a request, so a broken client fails here too. */
final class Checks {
  private Checks() {}

  /** Why the vendor would refuse this request; {@code auth:} prefixes credential problems. */
  static Optional<String> refusal(ReceivedRequest req) {
    switch (req.wire()) {
      case ANTHROPIC -> {
        boolean key =
            req.header("x-api-key").isPresent()
                || req.header("authorization").filter(a -> a.startsWith("Bearer ")).isPresent();
        if (!key) {
          return Optional.of("auth: x-api-key header is required");
        }
        if (req.header("anthropic-version").isEmpty()) {
          return Optional.of("anthropic-version header is required");
        }
      }
      case BEDROCK -> {
        String auth = req.header("authorization").orElse("");
        boolean sigV4 =
            auth.startsWith("AWS4-HMAC-SHA256 ")
                && auth.contains("Credential=")
                && auth.contains("/bedrock/aws4_request")
                && auth.contains("Signature=")
                && req.header("x-amz-date").isPresent();
        if (!sigV4 && !auth.startsWith("Bearer ")) {
          return Optional.of("auth: Missing Authentication Token");
        }
      }
      case OPENAI -> {
        if (req.header("authorization").filter(a -> a.startsWith("Bearer ")).isEmpty()) {
          return Optional.of("auth: You didn't provide an API key");
        }
      }
    }
    JsonNode body;
    try {
      body = req.json();
    } catch (UncheckedIOException e) {
      return Optional.of("the body is not JSON");
    }
    if (req.wire() == Wire.BEDROCK) {
      // SDK 3.14.0 sends "2026-10-21" here; Bedrock's documented value is "bedrock-2023-05-31".
      if (body.path("anthropic_version").asText("").isBlank()) {
        return Optional.of("anthropic_version is required in the body");
      }
      if (body.has("model")) {
        return Optional.of("extraneous key [model] is not permitted");
      }
    } else if (!body.path("model").isTextual()) {
      return Optional.of("model: field required");
    }
    if (!body.path("messages").isArray() || body.path("messages").isEmpty()) {
      return Optional.of("messages: at least one message is required");
    }
    return Optional.empty();
  }
}
