package onramp.gateway.service.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code POST /v1/chat/completions} over the Anthropic Messages API: {@link #toMessages} turns the
 * caller's request into a Messages request; {@link #fromMessage} turns the Messages answer into a
 * {@code chat.completion}; {@link #stream} translates a streamed answer event by event. The answer
 * side takes the original chat request too, for the model name to echo and the response format.
 *
 * <p>What is translated, and what is refused or ignored, is listed in {@code notes/openai.md}.
 */
public final class ChatCompletions {
  /** {@code max_tokens} when the caller sends neither it nor {@code max_completion_tokens}. */
  public static final int DEFAULT_MAX_TOKENS = 4096;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final Clock clock;

  private ChatCompletions(Clock clock) {
    this.clock = clock;
  }

  /** Translations that date answers ({@code created}) by {@code clock}. */
  public static ChatCompletions using(Clock clock) {
    return new ChatCompletions(clock);
  }

  /**
   * The Anthropic Messages request for a chat-completions request. The model name is kept as given
   * (the gateway maps names).
   *
   * @throws ChatCompletionsException (400) naming the field that cannot be translated
   */
  public static ObjectNode toMessages(JsonNode chatRequest) {
    return Requests.toMessages(chatRequest);
  }

  /** Whether a streamed answer should end with a usage chunk ({@code stream_options}). */
  public static boolean includeUsage(JsonNode chatRequest) {
    return chatRequest.path("stream_options").path("include_usage").asBoolean(false);
  }

  /**
   * The {@code chat.completion} for an Anthropic message (the body of a non-streamed answer).
   *
   * @param chatRequest the request it answers, as the caller sent it
   * @throws IllegalArgumentException when {@code anthropicMessage} is not a message (an error body
   *     goes to {@link OpenAiErrors#fromAnthropic} instead)
   */
  public ObjectNode fromMessage(JsonNode anthropicMessage, JsonNode chatRequest) {
    if (!anthropicMessage.path("type").asText("message").equals("message")) {
      throw new IllegalArgumentException(
          "not an Anthropic message but type " + anthropicMessage.path("type").asText());
    }
    Optional<String> formatTool = ResponseFormat.toolName(chatRequest);
    StringBuilder text = new StringBuilder();
    ArrayNode calls = NODES.arrayNode();
    boolean formatted = false;
    for (JsonNode block : anthropicMessage.path("content")) {
      switch (block.path("type").asText()) {
        case "text" -> text.append(block.path("text").asText());
        case "tool_use" -> {
          if (formatTool.isPresent() && formatTool.get().equals(block.path("name").asText())) {
            text.append(block.path("input").toString());
            formatted = true;
          } else {
            ObjectNode call = calls.addObject().put("id", block.path("id").asText());
            call.put("type", "function")
                .putObject("function")
                .put("name", block.path("name").asText())
                .put("arguments", block.path("input").toString());
          }
        }
        default -> {} // thinking, server tools: nothing in OpenAI's shape carries them
      }
    }
    ObjectNode out =
        Answers.envelope(
            anthropicMessage.path("id").asText(""),
            "chat.completion",
            clock.instant().getEpochSecond(),
            chatRequest.path("model").asText(anthropicMessage.path("model").asText("")));
    ObjectNode choice = out.putArray("choices").addObject().put("index", 0);
    ObjectNode message = choice.putObject("message").put("role", "assistant");
    if (text.isEmpty() && !calls.isEmpty()) {
      message.putNull("content");
    } else {
      message.put("content", text.toString());
    }
    message.putNull("refusal");
    if (!calls.isEmpty()) {
      message.set("tool_calls", calls);
    }
    choice.putNull("logprobs");
    String stop = anthropicMessage.path("stop_reason").asText("end_turn");
    boolean answered = formatted && calls.isEmpty() && stop.equals("tool_use");
    choice.put("finish_reason", answered ? "stop" : Answers.finishReason(stop));
    out.set("usage", Answers.usage(anthropicMessage.path("usage")));
    return out;
  }

  /**
   * A translator for one streamed answer: feed it the Anthropic events in order.
   *
   * @param chatRequest the request being answered, as the caller sent it
   */
  public ChatCompletionStream stream(JsonNode chatRequest) {
    return new ChatCompletionStream(
        chatRequest.path("model").asText(""),
        includeUsage(chatRequest),
        ResponseFormat.toolName(chatRequest),
        clock.instant().getEpochSecond());
  }
}
