package onramp.gateway.service.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** The documented example payloads under {@code chat-completions/} (see its README), and JSON. */
final class Payloads {
  static final ObjectMapper JSON = new ObjectMapper();

  private Payloads() {}

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code node} as a client reads it back: numbers compare by value, not by Java type. */
  static JsonNode wire(JsonNode node) {
    return json(node.toString());
  }

  static JsonNode resource(String name) {
    return json(text(name));
  }

  /** The {@code data:} objects of a server-sent-events file, in order. */
  static List<ObjectNode> events(String name) {
    List<ObjectNode> out = new ArrayList<>();
    for (String line : text(name).split("\n")) {
      if (line.startsWith("data:")) {
        out.add((ObjectNode) json(line.substring(5)));
      }
    }
    return out;
  }

  /** Each line of a JSON Lines file. */
  static List<JsonNode> lines(String name) {
    return text(name).lines().filter(l -> !l.isBlank()).map(Payloads::json).toList();
  }

  /**
   * Every path to a field in {@code node} ({@code choices[].message.role}), arrays folded, so two
   * payloads can be compared by shape rather than by value.
   */
  static Set<String> shape(JsonNode node) {
    Set<String> out = new TreeSet<>();
    shape(node, "", out);
    return out;
  }

  private static void shape(JsonNode node, String path, Set<String> out) {
    if (node.isObject()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        String at = path.isEmpty() ? name : path + "." + name;
        out.add(at);
        shape(node.path(name), at, out);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        shape(element, path + "[]", out);
      }
    }
  }

  private static String text(String name) {
    try (InputStream in =
        Objects.requireNonNull(
            Payloads.class.getResourceAsStream("/chat-completions/" + name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
