package onramp.gateway.adapter.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import onramp.gateway.Content;
import onramp.gateway.Message;
import onramp.gateway.ModelRequest;
import onramp.gateway.ModelResponse;
import onramp.gateway.StopReason;
import onramp.gateway.Usage;

/** Chat-completions JSON, to and from the gateway's types. */
final class OpenAiWire {
  static final ObjectMapper JSON = new ObjectMapper();

  private OpenAiWire() {}

  static ObjectNode body(ModelRequest r) {
    ObjectNode body = JSON.createObjectNode();
    body.put("model", r.model());
    body.put("max_tokens", r.maxTokens());
    r.temperature().ifPresent(t -> body.put("temperature", t));
    ArrayNode messages = body.putArray("messages");
    r.system().ifPresent(s -> messages.addObject().put("role", "system").put("content", s));
    for (Message m : r.messages()) {
      ObjectNode msg = messages.addObject().put("role", m.role().name().toLowerCase(Locale.ROOT));
      boolean textOnly = m.content().stream().allMatch(c -> c instanceof Content.Text);
      if (textOnly) {
        msg.put("content", m.text());
      } else {
        ArrayNode parts = msg.putArray("content");
        m.content().forEach(c -> part(parts, c));
      }
    }
    r.output()
        .ifPresent(
            o -> {
              ObjectNode schema =
                  body.putObject("response_format")
                      .put("type", "json_schema")
                      .putObject("json_schema");
              schema.put("name", o.name()).put("description", o.description()).put("strict", true);
              schema.set("schema", o.schema());
            });
    return body;
  }

  private static void part(ArrayNode parts, Content c) {
    switch (c) {
      case Content.Text t -> parts.addObject().put("type", "text").put("text", t.text());
      case Content.Image i ->
          parts
              .addObject()
              .put("type", "image_url")
              .putObject("image_url")
              .put(
                  "url",
                  "data:"
                      + i.mediaType()
                      + ";base64,"
                      + Base64.getEncoder().encodeToString(i.bytes()));
    }
  }

  /**
   * @throws IllegalArgumentException when the body is not a chat completion
   */
  static ModelResponse response(JsonNode body, boolean typed, String requestId, Duration latency) {
    JsonNode choice = body.path("choices").path(0);
    JsonNode content = choice.path("message").path("content");
    if (choice.isMissingNode() || !(content.isTextual() || content.isNull())) {
      throw new IllegalArgumentException("no choices[0].message.content");
    }
    String text = content.asText("");
    Optional<JsonNode> output = Optional.empty();
    if (typed) {
      try {
        output = Optional.of(JSON.readTree(text));
        text = "";
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        output = Optional.empty(); // the gateway reports the missing typed output
      }
    }
    JsonNode u = body.path("usage");
    long cached = u.path("prompt_tokens_details").path("cached_tokens").asLong(0);
    Usage usage =
        new Usage(
            Math.max(0, u.path("prompt_tokens").asLong(0) - cached),
            u.path("completion_tokens").asLong(0),
            cached,
            0,
            0);
    return new ModelResponse(
        text,
        output,
        stop(choice.path("finish_reason").asText("")),
        usage,
        latency,
        requestId.isEmpty() ? body.path("id").asText("") : requestId,
        body.path("model").asText(""));
  }

  private static StopReason stop(String finish) {
    return switch (finish) {
      case "stop" -> StopReason.END_TURN;
      case "length" -> StopReason.MAX_TOKENS;
      case "tool_calls", "function_call" -> StopReason.TOOL_USE;
      case "content_filter" -> StopReason.REFUSAL;
      default -> StopReason.OTHER;
    };
  }

  static String errorMessage(String body) {
    try {
      JsonNode n = JSON.readTree(body);
      return n.path("error").path("message").asText(n.path("message").asText("no message"));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return "unreadable error body";
    }
  }
}
