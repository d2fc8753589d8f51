package onramp.gateway.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;
import onramp.gateway.StopReason;
import onramp.gateway.Usage;

/** What the fake server does with the next request. */
public sealed interface Script {

  static Reply reply(String text, Usage usage) {
    return new Reply(text, usage, Optional.empty(), StopReason.END_TURN);
  }

  static Reply output(JsonNode output, Usage usage) {
    return new Reply("", usage, Optional.of(output), StopReason.TOOL_USE);
  }

  static Failure failure(int status, String message) {
    return new Failure(status, Optional.empty(), message);
  }

  static Failure rateLimited(Duration retryAfter) {
    return new Failure(429, Optional.of(retryAfter), "Rate limit exceeded");
  }

  static Failure overloaded() {
    return new Failure(529, Optional.empty(), "Overloaded");
  }

  static Slow slow(Duration delay, Script then) {
    return new Slow(delay, then);
  }

  /**
   * A streamed answer that breaks after {@code events} events with the vendor's mid-stream error
   * (an Anthropic {@code error} event, a Bedrock exception frame): an outage while answering.
   */
  static Interrupted interrupted(Reply reply, int events, String message) {
    return new Interrupted(reply, events, message);
  }

  static Malformed malformed(String body) {
    return new Malformed(body);
  }

  /** A successful answer: text, or typed output (a tool call / JSON content). */
  record Reply(String text, Usage usage, Optional<JsonNode> output, StopReason stopReason)
      implements Script {}

  /** An error in the wire's own error format, with {@code retry-after} when given. */
  record Failure(int status, Optional<Duration> retryAfter, String message) implements Script {}

  /** Waits, then does {@code then}. */
  record Slow(Duration delay, Script then) implements Script {}

  /** Streams the first {@code events} events of {@code reply}, then a mid-stream error. */
  record Interrupted(Reply reply, int events, String message) implements Script {}

  /** HTTP 200 with a body that is not what the wire promises. */
  record Malformed(String body) implements Script {}
}
