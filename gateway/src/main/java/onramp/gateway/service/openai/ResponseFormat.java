package onramp.gateway.service.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * {@code response_format}. {@code text} changes nothing; {@code json_object} adds an instruction to
 * the system prompt (best effort); {@code json_schema} becomes a tool whose input schema is the
 * format's schema, which the model is made to call, and whose input is handed back as the message's
 * content: the way the gateway gets typed output from Anthropic models.
 */
final class ResponseFormat {
  private ResponseFormat() {}

  /** The requested type, {@code text} when none is given. */
  static String type(JsonNode request) {
    JsonNode format = request.path("response_format");
    if (format.isMissingNode() || format.isNull()) {
      return "text";
    }
    String type = format.path("type").asText("");
    if (!type.matches("text|json_object|json_schema")) {
      throw ChatCompletionsException.field(
          "response_format.type", "must be text, json_object or json_schema");
    }
    return type;
  }

  /** The name of the tool that stands for a {@code json_schema} format, if the request has one. */
  static Optional<String> toolName(JsonNode request) {
    return type(request).equals("json_schema")
        ? Optional.of(request.path("response_format").path("json_schema").path("name").asText(""))
        : Optional.empty();
  }

  static Optional<ObjectNode> tool(JsonNode request) {
    if (!type(request).equals("json_schema")) {
      return Optional.empty();
    }
    JsonNode spec = request.path("response_format").path("json_schema");
    String name = spec.path("name").asText("");
    if (!name.matches("[a-zA-Z0-9_-]{1,64}")) {
      throw ChatCompletionsException.field(
          "response_format.json_schema.name", "is required: 1 to 64 of a-z, A-Z, 0-9, _ and -");
    }
    return Optional.of(
        Tools.tool(
            name,
            spec.path("description").asText("Give the answer in this shape."),
            spec.path("schema"),
            "response_format.json_schema.schema"));
  }
}
