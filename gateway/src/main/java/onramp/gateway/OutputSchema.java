package onramp.gateway;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Asks for typed output: the model answers with one JSON object matching {@code schema} (a JSON
 * Schema of type object), which the gateway validates before returning it.
 *
 * @param name a short identifier, {@code [a-zA-Z0-9_-]{1,64}} (the tool name for Anthropic)
 */
public record OutputSchema(String name, String description, JsonNode schema) {
  public OutputSchema {
    if (!name.matches("[a-zA-Z0-9_-]{1,64}")) {
      throw new IllegalArgumentException(
          "output schema name '" + name + "' must match [a-zA-Z0-9_-]{1,64}");
    }
    if (!schema.isObject() || !"object".equals(schema.path("type").asText())) {
      throw new IllegalArgumentException(
          "output schema '" + name + "' must be a JSON Schema with \"type\": \"object\"");
    }
  }

  public static OutputSchema of(String name, String description, JsonNode schema) {
    return new OutputSchema(name, description, schema);
  }
}
