package onramp.gateway.governed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The text of an Anthropic Messages request or answer, where masking and unmasking apply: the
 * system prompt, text blocks, tool results, plain-text documents and every string inside tool
 * inputs. Images and base64 documents are passed as they are (crop before sending).
 */
final class MessagesText {
  private MessagesText() {}

  /** A copy of the request with every text rewritten by {@code f}. */
  static ObjectNode request(ObjectNode body, UnaryOperator<String> f) {
    ObjectNode copy = body.deepCopy();
    JsonNode system = copy.path("system");
    if (system.isTextual()) {
      copy.put("system", f.apply(system.asText()));
    } else if (system.isArray()) {
      system.forEach(b -> block(b, f));
    }
    for (JsonNode message : copy.path("messages")) {
      if (message instanceof ObjectNode m) {
        JsonNode content = m.path("content");
        if (content.isTextual()) {
          m.put("content", f.apply(content.asText()));
        } else if (content.isArray()) {
          content.forEach(b -> block(b, f));
        }
      }
    }
    return copy;
  }

  /** A copy of an answer ({@code type: message}) with every text rewritten by {@code f}. */
  static ObjectNode answer(ObjectNode message, UnaryOperator<String> f) {
    ObjectNode copy = message.deepCopy();
    copy.path("content").forEach(b -> block(b, f));
    return copy;
  }

  private static void block(JsonNode node, UnaryOperator<String> f) {
    if (!(node instanceof ObjectNode b)) {
      return;
    }
    switch (b.path("type").asText()) {
      case "text" -> {
        if (b.path("text").isTextual()) {
          b.put("text", f.apply(b.path("text").asText()));
        }
      }
      case "tool_use", "server_tool_use" -> {
        if (b.has("input")) {
          b.set("input", strings(b.get("input"), f));
        }
      }
      case "tool_result" -> {
        JsonNode content = b.path("content");
        if (content.isTextual()) {
          b.put("content", f.apply(content.asText()));
        } else if (content.isArray()) {
          content.forEach(c -> block(c, f));
        }
      }
      case "document" -> {
        JsonNode source = b.path("source");
        if (source instanceof ObjectNode s
            && "text".equals(s.path("type").asText())
            && s.path("data").isTextual()) {
          s.put("data", f.apply(s.path("data").asText()));
        }
      }
      default -> {
        // images, base64 documents, thinking blocks: passed as they are
      }
    }
  }

  /** Every string value in a JSON tree rewritten (tool inputs carry free text). */
  static JsonNode strings(JsonNode node, UnaryOperator<String> f) {
    if (node.isTextual()) {
      return TextNode.valueOf(f.apply(node.asText()));
    }
    if (node instanceof ObjectNode o) {
      ObjectNode copy = o.objectNode();
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        copy.set(e.getKey(), strings(e.getValue(), f));
      }
      return copy;
    }
    if (node instanceof ArrayNode a) {
      ArrayNode copy = a.arrayNode();
      a.forEach(n -> copy.add(strings(n, f)));
      return copy;
    }
    return node;
  }

  /** The request's text for the audit trail, roles marked, at most {@code limit} characters. */
  static String prompt(JsonNode body, int limit) {
    StringBuilder sb = new StringBuilder();
    JsonNode system = body.path("system");
    if (!system.isMissingNode()) {
      sb.append("[system] ").append(plain(system)).append('\n');
    }
    for (JsonNode m : body.path("messages")) {
      if (sb.length() > limit) {
        break;
      }
      sb.append('[')
          .append(m.path("role").asText().toUpperCase(java.util.Locale.ROOT))
          .append("] ")
          .append(plain(m.path("content")))
          .append('\n');
    }
    return sb.length() > limit ? sb.substring(0, limit) : sb.toString();
  }

  private static String plain(JsonNode content) {
    if (content.isTextual()) {
      return content.asText();
    }
    StringBuilder sb = new StringBuilder();
    for (JsonNode b : content) {
      switch (b.path("type").asText()) {
        case "text" -> sb.append(b.path("text").asText());
        case "tool_use" -> sb.append("[tool_use ").append(b.path("name").asText()).append(']');
        case "tool_result" -> sb.append("[tool_result] ").append(plain(b.path("content")));
        default -> sb.append('[').append(b.path("type").asText()).append(']');
      }
    }
    return sb.toString();
  }
}
