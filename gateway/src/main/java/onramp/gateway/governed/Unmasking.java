package onramp.gateway.governed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import onramp.gateway.masking.MaskingSession;

/** Restores placeholders in every string of a typed output. */
final class Unmasking {
  private Unmasking() {}

  static JsonNode json(JsonNode node, MaskingSession session) {
    if (node.isTextual()) {
      return TextNode.valueOf(session.unmask(node.asText()));
    }
    if (node.isObject()) {
      ObjectNode copy = ((ObjectNode) node).deepCopy();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        copy.set(e.getKey(), json(e.getValue(), session));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = ((ArrayNode) node).arrayNode();
      node.forEach(n -> copy.add(json(n, session)));
      return copy;
    }
    return node;
  }
}
