package onramp.documents.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * The shape every model reading uses: one property per field, each {@code {"value": ..., "legible":
 * boolean}}, all required so the model answers every field (null when the document shows none).
 * Only types are in the schema the gateway enforces; formats are checked here, field by field, so
 * one bad value drops that field instead of failing the whole reading. Properties the schema does
 * not name are ignored.
 */
final class FieldSchema {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The JSON type of a field's value. */
  enum Type {
    STRING("string"),
    INTEGER("integer"),
    BOOLEAN("boolean");

    private final String json;

    Type(String json) {
      this.json = json;
    }
  }

  /** One field the model is asked for. */
  record Field(String key, Type type, String description) {}

  private FieldSchema() {}

  static ObjectNode of(List<Field> fields) {
    ObjectNode schema = JSON.createObjectNode();
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = schema.putArray("required");
    for (Field f : fields) {
      ObjectNode field = properties.putObject(f.key());
      field.put("type", "object");
      ObjectNode props = field.putObject("properties");
      ObjectNode value = props.putObject("value");
      value.putArray("type").add(f.type().json).add("null");
      value.put("description", f.description());
      props
          .putObject("legible")
          .put("type", "boolean")
          .put("description", "true only if every character of the value is clearly readable");
      field.putArray("required").add("value").add("legible");
      required.add(f.key());
    }
    return schema;
  }

  /**
   * The value the model gave for {@code key} as text, when it gave one and called it legible; empty
   * for null, blank, illegible or missing.
   */
  static Optional<String> legibleValue(JsonNode output, String key) {
    JsonNode field = output.path(key);
    if (!field.path("legible").asBoolean(false)) {
      return Optional.empty();
    }
    JsonNode value = field.path("value");
    if (!value.isValueNode() || value.isNull()) {
      return Optional.empty();
    }
    String text = value.asText().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
