package onramp.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import onramp.gateway.masking.MaskingContext;

/**
 * A request in the Anthropic Messages wire format, as the gateway service receives it: the body is
 * passed through to Anthropic-family vendors (tools, images, {@code cache_control}, fields this
 * code has never heard of), governed exactly as a {@link ModelRequest} is. {@code body.model} is
 * the gateway's model name.
 *
 * @param body the request JSON, handed over: the gateway never modifies it (it works on copies),
 *     and neither may the caller once the call is made
 */
public record MessagesCall(ObjectNode body, CallMetadata metadata, MaskingContext masking) {

  public MessagesCall {
    JsonNode model = body.path("model");
    if (!model.isTextual() || model.asText().isBlank()) {
      throw new IllegalArgumentException("model: a model name is required");
    }
    JsonNode maxTokens = body.path("max_tokens");
    if (!maxTokens.canConvertToInt() || !maxTokens.isIntegralNumber() || maxTokens.asInt() < 1) {
      throw new IllegalArgumentException("max_tokens: a positive integer is required");
    }
    JsonNode messages = body.path("messages");
    if (!messages.isArray() || messages.isEmpty()) {
      throw new IllegalArgumentException("messages: at least one message is required");
    }
  }

  public static MessagesCall of(ObjectNode body, CallMetadata metadata) {
    return new MessagesCall(body, metadata, MaskingContext.none());
  }

  public String model() {
    return body.path("model").asText();
  }

  public int maxTokens() {
    return body.path("max_tokens").asInt();
  }

  public boolean streaming() {
    return body.path("stream").asBoolean(false);
  }
}
