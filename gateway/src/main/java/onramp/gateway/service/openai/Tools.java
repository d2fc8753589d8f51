package onramp.gateway.service.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code tools}, {@code tool_choice}, {@code parallel_tool_calls} and a {@code json_schema}
 * response format as Anthropic tools and {@code tool_choice}. {@code none} keeps the tools and
 * sends {@code {"type":"none"}}, so that earlier tool calls in the conversation stay valid.
 */
final class Tools {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Tools() {}

  static void translate(JsonNode request, ObjectNode out) {
    ArrayNode tools = functions(request.path("tools"));
    Optional<ObjectNode> choice = choice(request.path("tool_choice"));
    Optional<ObjectNode> format = ResponseFormat.tool(request);
    if (format.isPresent()) {
      String name = format.get().path("name").asText();
      for (JsonNode t : tools) {
        if (t.path("name").asText().equals(name)) {
          throw ChatCompletionsException.field(
              "response_format.json_schema.name", "must differ from every tool's name");
        }
      }
      // The model must answer through a tool: the format's, or one of the caller's when allowed.
      String type = choice.map(c -> c.path("type").asText()).orElse("auto");
      if (tools.isEmpty() || type.equals("none")) {
        choice = Optional.of(NODES.objectNode().put("type", "tool").put("name", name));
      } else if (!type.equals("tool")) {
        choice = Optional.of(NODES.objectNode().put("type", "any"));
      }
      tools.add(format.get());
    }
    if (tools.isEmpty()) {
      if (choice.isPresent() && !choice.get().path("type").asText().matches("none|auto")) {
        throw ChatCompletionsException.field(
            "tool_choice", "asks for a tool call, but the request has no tools");
      }
      return;
    }
    if (request.path("parallel_tool_calls").isBoolean()
        && !request.path("parallel_tool_calls").asBoolean()) {
      ObjectNode c = choice.orElseGet(() -> NODES.objectNode().put("type", "auto"));
      if (!c.path("type").asText().equals("none")) {
        c.put("disable_parallel_tool_use", true);
      }
      choice = Optional.of(c);
    }
    out.set("tools", tools);
    choice.ifPresent(c -> out.set("tool_choice", c));
  }

  private static ArrayNode functions(JsonNode tools) {
    ArrayNode out = NODES.arrayNode();
    if (tools.isMissingNode() || tools.isNull()) {
      return out;
    }
    if (!tools.isArray()) {
      throw ChatCompletionsException.field("tools", "must be an array of function tools");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < tools.size(); i++) {
      JsonNode tool = tools.path(i);
      String path = "tools[" + i + "]";
      String type = tool.path("type").asText("");
      if (!type.equals("function")) {
        throw ChatCompletionsException.field(
            path + ".type", "'" + type + "' is not supported; send function tools");
      }
      JsonNode fn = tool.path("function");
      if (!fn.path("name").isTextual() || fn.path("name").asText().isBlank()) {
        throw ChatCompletionsException.field(path + ".function.name", "is required");
      }
      String name = fn.path("name").asText();
      if (!names.add(name)) {
        throw ChatCompletionsException.field(path + ".function.name", "repeats '" + name + "'");
      }
      out.add(
          tool(
              name,
              fn.path("description").asText(""),
              fn.path("parameters"),
              path + ".function.parameters"));
    }
    return out;
  }

  /** An Anthropic tool; no parameters means an object schema without properties. */
  static ObjectNode tool(String name, String description, JsonNode schema, String path) {
    ObjectNode tool = NODES.objectNode().put("name", name);
    if (!description.isEmpty()) {
      tool.put("description", description);
    }
    if (schema.isMissingNode() || schema.isNull()) {
      tool.putObject("input_schema").put("type", "object").putObject("properties");
    } else if (schema.isObject() && schema.path("type").asText("object").equals("object")) {
      tool.set("input_schema", schema);
    } else {
      throw ChatCompletionsException.field(path, "must be a JSON Schema of type object");
    }
    return tool;
  }

  private static Optional<ObjectNode> choice(JsonNode choice) {
    if (choice.isMissingNode() || choice.isNull()) {
      return Optional.empty();
    }
    if (choice.isTextual()) {
      String anthropic =
          switch (choice.asText()) {
            case "none" -> "none";
            case "auto" -> "auto";
            case "required" -> "any";
            default ->
                throw ChatCompletionsException.field(
                    "tool_choice", "must be none, auto, required or a function");
          };
      return Optional.of(NODES.objectNode().put("type", anthropic));
    }
    JsonNode name = choice.path("function").path("name");
    if (!choice.path("type").asText().equals("function") || !name.isTextual()) {
      throw ChatCompletionsException.field(
          "tool_choice",
          "must be none, auto, required or {\"type\":\"function\",\"function\":{\"name\":…}}");
    }
    return Optional.of(NODES.objectNode().put("type", "tool").put("name", name.asText()));
  }
}
