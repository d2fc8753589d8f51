package onramp.gateway.service.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What a whole answer and a streamed one share: the envelope, finish reasons and usage. */
final class Answers {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Answers() {}

  /** {@code id}, {@code object}, {@code created}, {@code model}: the same on every chunk. */
  static ObjectNode envelope(String anthropicId, String object, long created, String model) {
    return NODES
        .objectNode()
        .put("id", "chatcmpl-" + anthropicId)
        .put("object", object)
        .put("created", created)
        .put("model", model);
  }

  /**
   * Anthropic's {@code stop_reason} as OpenAI's {@code finish_reason}. A stop sequence is a normal
   * stop for OpenAI; {@code pause_turn} (a server tool paused) has no OpenAI word and reads as
   * stop.
   */
  static String finishReason(String stopReason) {
    return switch (stopReason) {
      case "max_tokens", "model_context_window_exceeded" -> "length";
      case "tool_use" -> "tool_calls";
      case "refusal" -> "content_filter";
      default -> "stop"; // end_turn, stop_sequence, pause_turn
    };
  }

  /**
   * Anthropic usage as OpenAI usage. Anthropic's {@code input_tokens} leaves out tokens read from
   * or written to the prompt cache; OpenAI's {@code prompt_tokens} counts every prompt token, with
   * the cached ones repeated in {@code prompt_tokens_details.cached_tokens}.
   */
  static ObjectNode usage(JsonNode u) {
    long cacheRead = u.path("cache_read_input_tokens").asLong(0);
    long prompt =
        u.path("input_tokens").asLong(0)
            + cacheRead
            + u.path("cache_creation_input_tokens").asLong(0);
    long completion = u.path("output_tokens").asLong(0);
    ObjectNode out =
        NODES
            .objectNode()
            .put("prompt_tokens", prompt)
            .put("completion_tokens", completion)
            .put("total_tokens", prompt + completion);
    out.putObject("prompt_tokens_details").put("cached_tokens", cacheRead);
    return out;
  }
}
