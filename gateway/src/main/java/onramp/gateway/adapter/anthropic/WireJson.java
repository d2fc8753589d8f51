package onramp.gateway.adapter.anthropic;

import com.anthropic.core.ObjectMappers;
import com.anthropic.models.messages.MessageCountTokensParams;
import com.anthropic.models.messages.MessageCreateParams;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Messages wire JSON to and from the SDK's types, with the SDK's own mapper: its types keep every
 * field they do not model ({@code _additionalProperties}), so a request or answer passes through
 * whole, including fields newer than this SDK.
 */
final class WireJson {
  private static final ObjectMapper SDK = ObjectMappers.jsonMapper();

  private WireJson() {}

  static MessageCreateParams params(ObjectNode body) {
    ObjectNode copy = body.deepCopy();
    copy.remove("stream"); // the SDK sets it for createStreaming
    try {
      return MessageCreateParams.builder()
          .body(SDK.treeToValue(copy, MessageCreateParams.Body.class))
          .build();
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a valid Messages request: " + firstLine(e), e);
    }
  }

  static MessageCountTokensParams countParams(ObjectNode body) {
    try {
      return MessageCountTokensParams.builder()
          .body(SDK.treeToValue(body, MessageCountTokensParams.Body.class))
          .build();
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a valid count_tokens request: " + firstLine(e), e);
    }
  }

  private static String firstLine(Exception e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("");
  }

  static ObjectNode tree(Object sdkValue) {
    return SDK.valueToTree(sdkValue);
  }
}
