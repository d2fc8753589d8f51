package onramp.gateway.service.openai;

import java.util.Optional;

/**
 * A chat-completions request that cannot be translated: the caller's fault, HTTP 400. The message
 * names the field (e.g. {@code messages[2].tool_calls[0].function.arguments}) and says what to send
 * instead; it never quotes the request's text. {@link OpenAiErrors#of(ChatCompletionsException)}
 * renders it.
 */
public final class ChatCompletionsException extends RuntimeException {
  private final Optional<String> param;

  private ChatCompletionsException(Optional<String> param, String message) {
    super(message);
    this.param = param;
  }

  /** A problem with one field: the message is the field's path followed by {@code problem}. */
  static ChatCompletionsException field(String param, String problem) {
    return new ChatCompletionsException(Optional.of(param), param + " " + problem);
  }

  /** A problem with the request as a whole. */
  static ChatCompletionsException request(String message) {
    return new ChatCompletionsException(Optional.empty(), message);
  }

  /** Always 400: the request must change before it can succeed. */
  public int status() {
    return 400;
  }

  /** The offending field's path, OpenAI's {@code error.param}. */
  public Optional<String> param() {
    return param;
  }
}
