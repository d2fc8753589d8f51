package onramp.gateway.service.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * A chat-completions request as an Anthropic Messages request: the sampling and output settings
 * here, the conversation in {@link Conversation}, tools in {@link Tools}. Fields that would change
 * the answer's meaning and cannot be honoured are refused; other unknown fields are ignored.
 */
final class Requests {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Appended to the system prompt for {@code response_format: json_object} (best effort). */
  static final String JSON_OBJECT_INSTRUCTION =
      "Answer with one valid JSON object and nothing else: no prose, no code fences.";

  private Requests() {}

  static ObjectNode toMessages(JsonNode request) {
    if (!request.isObject()) {
      throw ChatCompletionsException.request("The request body must be a JSON object.");
    }
    Refusals.check(request);
    ObjectNode out = NODES.objectNode();
    if (!request.path("model").isTextual() || request.path("model").asText().isBlank()) {
      throw ChatCompletionsException.field(
          "model", "is required: one of the gateway's model names (GET /v1/models lists them)");
    }
    out.put("model", request.path("model").asText());
    out.put("max_tokens", maxTokens(request));
    Conversation.Translated conversation = Conversation.of(request.path("messages"));
    String system = conversation.system().orElse("");
    if (ResponseFormat.type(request).equals("json_object")) {
      system =
          system.isEmpty() ? JSON_OBJECT_INSTRUCTION : system + "\n\n" + JSON_OBJECT_INSTRUCTION;
    }
    if (!system.isEmpty()) {
      out.put("system", system);
    }
    out.set("messages", conversation.messages());
    sampling(request, out);
    stopSequences(request.path("stop")).ifPresent(s -> out.set("stop_sequences", s));
    JsonNode stream = request.path("stream");
    if (!stream.isMissingNode() && !stream.isNull() && !stream.isBoolean()) {
      throw ChatCompletionsException.field("stream", "must be true or false");
    }
    if (stream.asBoolean(false)) {
      out.put("stream", true);
    }
    JsonNode user = request.path("user");
    if (user.isTextual() && !user.asText().isEmpty()) {
      out.putObject("metadata").put("user_id", user.asText());
    }
    Tools.translate(request, out);
    return out;
  }

  /** {@code max_completion_tokens}, else the older {@code max_tokens}, else the default. */
  private static int maxTokens(JsonNode request) {
    String param =
        request.hasNonNull("max_completion_tokens") ? "max_completion_tokens" : "max_tokens";
    JsonNode value = request.path(param);
    if (value.isMissingNode() || value.isNull()) {
      return ChatCompletions.DEFAULT_MAX_TOKENS;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 1) {
      throw ChatCompletionsException.field(param, "must be a whole number of at least 1");
    }
    return value.asInt();
  }

  /**
   * OpenAI's temperature runs 0 to 2, Anthropic's 0 to 1; both are the softmax temperature, so the
   * common range 0 to 1 keeps its meaning and 1 to 2 is clamped to 1. {@code top_p} 1 is left out:
   * it is the default, and newer Claude models refuse temperature and top_p together.
   */
  private static void sampling(JsonNode request, ObjectNode out) {
    JsonNode t = request.path("temperature");
    if (!t.isMissingNode() && !t.isNull()) {
      if (!t.isNumber() || t.asDouble() < 0 || t.asDouble() > 2) {
        throw ChatCompletionsException.field("temperature", "must be a number from 0 to 2");
      }
      out.put("temperature", Math.min(1.0, t.asDouble()));
    }
    JsonNode p = request.path("top_p");
    if (!p.isMissingNode() && !p.isNull()) {
      if (!p.isNumber() || p.asDouble() < 0 || p.asDouble() > 1) {
        throw ChatCompletionsException.field("top_p", "must be a number from 0 to 1");
      }
      if (p.asDouble() < 1) {
        out.put("top_p", p.asDouble());
      }
    }
  }

  private static Optional<ArrayNode> stopSequences(JsonNode stop) {
    if (stop.isMissingNode() || stop.isNull()) {
      return Optional.empty();
    }
    ArrayNode out = NODES.arrayNode();
    if (stop.isTextual()) {
      out.add(stop.asText());
    } else if (stop.isArray()) {
      for (int i = 0; i < stop.size(); i++) {
        if (!stop.path(i).isTextual()) {
          throw ChatCompletionsException.field("stop[" + i + "]", "must be a string");
        }
        out.add(stop.path(i).asText());
      }
    } else {
      throw ChatCompletionsException.field("stop", "must be a string or an array of strings");
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(out);
  }
}
