package onramp.gateway.service.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Translates one streamed Anthropic answer into {@code chat.completion.chunk} objects, event by
 * event. The caller writes each returned object as {@code data: <json>} and, after {@code
 * message_stop}, {@code data: [DONE]}. The chunks: first {@code delta {role: assistant}}; text as
 * {@code delta.content}; each tool call as {@code delta.tool_calls[{index, id, function.name}]}
 * then its argument fragments; a last chunk with the {@code finish_reason}; and, when the request
 * asked for {@code stream_options.include_usage}, a chunk with {@code choices: []} and the usage.
 *
 * <p>An Anthropic {@code error} event gives one {@code {"error": {…}}} object (OpenAI's SDKs raise
 * it as an API error); the caller writes it, then ends the stream without {@code [DONE]}. {@code
 * ping}, thinking and unknown events give nothing. Not thread-safe: one instance per stream.
 */
public final class ChatCompletionStream {
  /** What the caller writes as the last {@code data:} line of a stream that did not fail. */
  public static final String DONE = "[DONE]";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String model;
  private final boolean includeUsage;
  private final Optional<String> formatTool;
  private final long created;
  private final Map<Integer, Integer> toolCallOfBlock = new HashMap<>();
  private final Set<Integer> formatBlocks = new HashSet<>();
  private final ObjectNode usage = NODES.objectNode();
  private String messageId = "";
  private String stopReason = "end_turn";
  private boolean failed;

  ChatCompletionStream(
      String model, boolean includeUsage, Optional<String> formatTool, long created) {
    this.model = model;
    this.includeUsage = includeUsage;
    this.formatTool = formatTool;
    this.created = created;
  }

  /** The chunks (or the error object) one Anthropic event gives, in order; often none. */
  public List<ObjectNode> translate(JsonNode event) {
    return switch (event.path("type").asText("")) {
      case "message_start" -> start(event.path("message"));
      case "content_block_start" ->
          blockStart(event.path("index").asInt(), event.path("content_block"));
      case "content_block_delta" -> blockDelta(event.path("index").asInt(), event.path("delta"));
      case "message_delta" -> {
        stopReason = event.path("delta").path("stop_reason").asText(stopReason);
        addUsage(event.path("usage"));
        yield List.of();
      }
      case "message_stop" -> finish();
      case "error" -> {
        failed = true;
        yield List.of(OpenAiErrors.fromAnthropic(event));
      }
      default -> List.of(); // ping, content_block_stop, and event types added later
    };
  }

  /** True once an {@code error} event came: end the stream without {@code [DONE]}. */
  public boolean failed() {
    return failed;
  }

  private List<ObjectNode> start(JsonNode message) {
    messageId = message.path("id").asText("");
    addUsage(message.path("usage"));
    ObjectNode delta = NODES.objectNode().put("role", "assistant").put("content", "");
    return List.of(chunk(delta, null));
  }

  private List<ObjectNode> blockStart(int index, JsonNode block) {
    switch (block.path("type").asText()) {
      case "text" -> {
        return text(block.path("text").asText(""));
      }
      case "tool_use" -> {
        String name = block.path("name").asText();
        if (formatTool.isPresent() && formatTool.get().equals(name)) {
          formatBlocks.add(index);
          return List.of();
        }
        int call = toolCallOfBlock.size();
        toolCallOfBlock.put(index, call);
        ObjectNode toolCall = toolCall(call).put("id", block.path("id").asText());
        toolCall.put("type", "function");
        toolCall.putObject("function").put("name", name).put("arguments", "");
        return List.of(chunk(toolCallDelta(toolCall), null));
      }
      default -> {
        return List.of(); // thinking, server tools
      }
    }
  }

  private List<ObjectNode> blockDelta(int index, JsonNode delta) {
    switch (delta.path("type").asText()) {
      case "text_delta" -> {
        return text(delta.path("text").asText(""));
      }
      case "input_json_delta" -> {
        String fragment = delta.path("partial_json").asText("");
        if (formatBlocks.contains(index)) {
          return text(fragment);
        }
        Integer call = toolCallOfBlock.get(index);
        if (call == null || fragment.isEmpty()) {
          return List.of();
        }
        ObjectNode toolCall = toolCall(call);
        toolCall.putObject("function").put("arguments", fragment);
        return List.of(chunk(toolCallDelta(toolCall), null));
      }
      default -> {
        return List.of(); // thinking_delta, signature_delta, citations_delta
      }
    }
  }

  private List<ObjectNode> text(String text) {
    return text.isEmpty()
        ? List.of()
        : List.of(chunk(NODES.objectNode().put("content", text), null));
  }

  private List<ObjectNode> finish() {
    boolean answered = !formatBlocks.isEmpty() && toolCallOfBlock.isEmpty();
    String finish =
        answered && stopReason.equals("tool_use") ? "stop" : Answers.finishReason(stopReason);
    ObjectNode last = chunk(NODES.objectNode(), finish);
    if (!includeUsage) {
      return List.of(last);
    }
    ObjectNode usageChunk = envelope();
    usageChunk.putArray("choices");
    usageChunk.set("usage", Answers.usage(usage));
    return List.of(last, usageChunk);
  }

  /** Anthropic reports usage cumulatively: later counts replace earlier ones. */
  private void addUsage(JsonNode counts) {
    counts
        .fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().isNumber()) {
                usage.set(e.getKey(), e.getValue());
              }
            });
  }

  private static ObjectNode toolCall(int index) {
    return NODES.objectNode().put("index", index);
  }

  private static ObjectNode toolCallDelta(ObjectNode toolCall) {
    ObjectNode delta = NODES.objectNode();
    delta.putArray("tool_calls").add(toolCall);
    return delta;
  }

  private ObjectNode envelope() {
    return Answers.envelope(messageId, "chat.completion.chunk", created, model);
  }

  private ObjectNode chunk(ObjectNode delta, @Nullable String finishReason) {
    ObjectNode chunk = envelope();
    ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
    choice.set("delta", delta);
    choice.putNull("logprobs");
    if (finishReason == null) {
      choice.putNull("finish_reason");
    } else {
      choice.put("finish_reason", finishReason);
    }
    if (includeUsage) {
      chunk.putNull("usage"); // as OpenAI does: every chunk but the last has usage null
    }
    return chunk;
  }
}
