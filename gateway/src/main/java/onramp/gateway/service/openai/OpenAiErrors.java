package onramp.gateway.service.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Errors in OpenAI's shape, {@code {"error":{"message","type","param","code"}}}, for an HTTP
 * status. OpenAI's SDKs choose their exception class by the status alone; type and code are for
 * people and logs.
 *
 * <table>
 *   <caption>status, type, code</caption>
 *   <tr><th>status</th><th>type</th><th>code</th></tr>
 *   <tr><td>400 (and other 4xx)</td><td>invalid_request_error</td><td>null</td></tr>
 *   <tr><td>401</td><td>invalid_request_error</td><td>invalid_api_key</td></tr>
 *   <tr><td>403</td><td>permission_error</td><td>null</td></tr>
 *   <tr><td>404</td><td>not_found_error</td><td>null</td></tr>
 *   <tr><td>413</td><td>invalid_request_error</td><td>request_too_large</td></tr>
 *   <tr><td>429</td><td>rate_limit_exceeded</td><td>rate_limit_exceeded</td></tr>
 *   <tr><td>429, {@link #quotaExceeded}</td><td>insufficient_quota</td><td>insufficient_quota</td></tr>
 *   <tr><td>500, 502 (and other 5xx)</td><td>server_error</td><td>null</td></tr>
 *   <tr><td>503, 529</td><td>server_error</td><td>overloaded</td></tr>
 * </table>
 */
public final class OpenAiErrors {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private OpenAiErrors() {}

  /** The error body for {@code status}, type and code from the table. */
  public static ObjectNode of(int status, String message) {
    return body(message, type(status), Optional.empty(), code(status));
  }

  /** A request that could not be translated: 400, with the offending field as {@code param}. */
  public static ObjectNode of(ChatCompletionsException e) {
    return body(String.valueOf(e.getMessage()), type(e.status()), e.param(), code(e.status()));
  }

  /** A budget that cannot cover the call: 429 in OpenAI's words for an exhausted quota. */
  public static ObjectNode quotaExceeded(String message) {
    return body(message, "insufficient_quota", Optional.empty(), Optional.of("insufficient_quota"));
  }

  /**
   * An Anthropic error ({@code {"type":"error","error":{"type","message"}}}, as a body or a stream
   * event) in OpenAI's shape, with the status the Anthropic type stands for.
   */
  public static ObjectNode fromAnthropic(JsonNode anthropicError) {
    JsonNode error = anthropicError.path("error");
    return of(status(anthropicError), error.path("message").asText("the model vendor failed"));
  }

  /** The HTTP status of an Anthropic error, by its {@code error.type}. */
  public static int status(JsonNode anthropicError) {
    return switch (anthropicError.path("error").path("type").asText("")) {
      case "invalid_request_error" -> 400;
      case "authentication_error" -> 401;
      case "billing_error" -> 402;
      case "permission_error" -> 403;
      case "not_found_error" -> 404;
      case "request_too_large" -> 413;
      case "rate_limit_error" -> 429;
      case "timeout_error" -> 504;
      case "overloaded_error" -> 529;
      default -> 500; // api_error and types added later
    };
  }

  private static String type(int status) {
    return switch (status) {
      case 403 -> "permission_error";
      case 404 -> "not_found_error";
      case 429 -> "rate_limit_exceeded";
      default -> status >= 500 ? "server_error" : "invalid_request_error";
    };
  }

  private static Optional<String> code(int status) {
    return switch (status) {
      case 401 -> Optional.of("invalid_api_key");
      case 413 -> Optional.of("request_too_large");
      case 429 -> Optional.of("rate_limit_exceeded");
      case 503, 529 -> Optional.of("overloaded");
      default -> Optional.empty();
    };
  }

  private static ObjectNode body(
      String message, String type, Optional<String> param, Optional<String> code) {
    ObjectNode out = NODES.objectNode();
    ObjectNode error = out.putObject("error").put("message", message).put("type", type);
    error.put("param", param.orElse(null));
    error.put("code", code.orElse(null));
    return out;
  }
}
