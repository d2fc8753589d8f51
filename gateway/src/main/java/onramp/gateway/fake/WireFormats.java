package onramp.gateway.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import onramp.gateway.StopReason;
import onramp.gateway.Usage;
import onramp.gateway.service.openai.OpenAiErrors;

/** Renders replies and errors the way each vendor does on the wire. */
final class WireFormats {
  static final ObjectMapper JSON = new ObjectMapper();

  private WireFormats() {}

  static String reply(Wire wire, Script.Reply r, JsonNode request, String id) {
    return (wire == Wire.OPENAI ? openAiReply(r, request, id) : anthropicReply(r, request, id))
        .toString();
  }

  private static ObjectNode anthropicReply(Script.Reply r, JsonNode request, String id) {
    ObjectNode out = JSON.createObjectNode();
    out.put("id", "msg_" + id);
    out.put("type", "message");
    out.put("role", "assistant");
    out.put("model", request.path("model").asText("claude-fake"));
    ArrayNode content = out.putArray("content");
    if (!r.text().isEmpty()) {
      content.addObject().put("type", "text").put("text", r.text());
    }
    r.output()
        .ifPresent(
            o -> {
              ObjectNode block = content.addObject();
              block.put("type", "tool_use").put("id", "toolu_" + id).put("name", toolName(request));
              block.set("input", o);
            });
    out.put("stop_reason", anthropicStop(r.stopReason()));
    out.putNull("stop_sequence");
    Usage u = r.usage();
    ObjectNode usage = out.putObject("usage");
    usage.put("input_tokens", u.input());
    usage.put("output_tokens", u.output());
    usage.put("cache_creation_input_tokens", u.cacheWrite5m() + u.cacheWrite1h());
    usage.put("cache_read_input_tokens", u.cacheRead());
    usage
        .putObject("cache_creation")
        .put("ephemeral_5m_input_tokens", u.cacheWrite5m())
        .put("ephemeral_1h_input_tokens", u.cacheWrite1h());
    return out;
  }

  private static String toolName(JsonNode request) {
    String chosen = request.path("tool_choice").path("name").asText("");
    return chosen.isEmpty() ? request.path("tools").path(0).path("name").asText("output") : chosen;
  }

  private static String anthropicStop(StopReason s) {
    return switch (s) {
      case END_TURN, OTHER -> "end_turn";
      case MAX_TOKENS -> "max_tokens";
      case STOP_SEQUENCE -> "stop_sequence";
      case TOOL_USE -> "tool_use";
      case REFUSAL -> "refusal";
    };
  }

  private static ObjectNode openAiReply(Script.Reply r, JsonNode request, String id) {
    ObjectNode out = JSON.createObjectNode();
    out.put("id", "chatcmpl-" + id);
    out.put("object", "chat.completion");
    out.put("created", System.currentTimeMillis() / 1000);
    out.put("model", request.path("model").asText("gpt-fake"));
    ObjectNode choice = out.putArray("choices").addObject();
    choice.put("index", 0);
    ObjectNode message = choice.putObject("message");
    message.put("role", "assistant");
    message.put("content", r.output().map(JsonNode::toString).orElse(r.text()));
    choice.put(
        "finish_reason",
        switch (r.stopReason()) {
          case MAX_TOKENS -> "length";
          case REFUSAL -> "content_filter";
          default -> "stop";
        });
    Usage u = r.usage();
    ObjectNode usage = out.putObject("usage");
    usage.put("prompt_tokens", u.input() + u.cacheRead());
    usage.put("completion_tokens", u.output());
    usage.put("total_tokens", u.input() + u.cacheRead() + u.output());
    usage.putObject("prompt_tokens_details").put("cached_tokens", u.cacheRead());
    return out;
  }

  /** The error body, and extra headers, of a failure on a wire. */
  record ErrorReply(String body, Map<String, String> headers) {}

  static ErrorReply error(Wire wire, int status, String message) {
    return switch (wire) {
      case ANTHROPIC -> {
        ObjectNode out = JSON.createObjectNode().put("type", "error");
        out.putObject("error").put("type", anthropicErrorType(status)).put("message", message);
        yield new ErrorReply(out.toString(), Map.of());
      }
      case BEDROCK ->
          new ErrorReply(
              JSON.createObjectNode().put("message", message).toString(),
              Map.of("x-amzn-ErrorType", bedrockErrorType(status)));
      case OPENAI -> new ErrorReply(OpenAiErrors.of(status, message).toString(), Map.of());
    };
  }

  private static String anthropicErrorType(int status) {
    return switch (status) {
      case 400 -> "invalid_request_error";
      case 401 -> "authentication_error";
      case 403 -> "permission_error";
      case 404 -> "not_found_error";
      case 413 -> "request_too_large";
      case 429 -> "rate_limit_error";
      case 529 -> "overloaded_error";
      default -> "api_error";
    };
  }

  private static String bedrockErrorType(int status) {
    return switch (status) {
      case 400, 413 -> "ValidationException";
      case 401, 403 -> "AccessDeniedException";
      case 404 -> "ResourceNotFoundException";
      case 429 -> "ThrottlingException";
      case 503, 529 -> "ServiceUnavailableException";
      default -> "InternalServerException";
    };
  }
}
