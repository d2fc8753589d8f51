package onramp.gateway.service.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * OpenAI {@code messages} as Anthropic's {@code system} and {@code messages}: system and developer
 * messages are lifted to {@code system} (joined by blank lines, wherever they stood); assistant
 * {@code tool_calls} become {@code tool_use} blocks; {@code tool} messages become {@code
 * tool_result} blocks in a user turn; consecutive turns of one role are merged, because Anthropic
 * requires user and assistant to alternate.
 */
final class Conversation {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The translated conversation; {@code system} is empty when no message carried one. */
  record Translated(Optional<String> system, ArrayNode messages) {}

  private record Turn(String role, List<ObjectNode> blocks) {}

  private Conversation() {}

  static Translated of(JsonNode messages) {
    if (!messages.isArray() || messages.isEmpty()) {
      throw ChatCompletionsException.field("messages", "is required: a non-empty array");
    }
    List<String> system = new ArrayList<>();
    List<Turn> turns = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      JsonNode m = messages.path(i);
      String path = "messages[" + i + "]";
      String role = m.path("role").asText("");
      switch (role) {
        case "system", "developer" -> {
          String text = ContentParts.text(m.path("content"), path + ".content");
          if (!text.isEmpty()) {
            system.add(text);
          }
        }
        case "user" -> add(turns, "user", ContentParts.user(m.path("content"), path + ".content"));
        case "assistant" -> add(turns, "assistant", assistant(m, path));
        case "tool" -> add(turns, "user", List.of(toolResult(m, path)));
        case "function" ->
            throw ChatCompletionsException.field(
                path + ".role",
                "'function' is deprecated and not supported; send 'tool' messages with a"
                    + " tool_call_id");
        default ->
            throw ChatCompletionsException.field(
                path + ".role", "must be one of system, developer, user, assistant, tool");
      }
    }
    if (turns.isEmpty() || !turns.get(0).role().equals("user")) {
      throw ChatCompletionsException.field(
          "messages",
          "must have a user message before the first assistant message (system and developer"
              + " messages aside)");
    }
    ArrayNode out = NODES.arrayNode();
    for (Turn t : turns) {
      ArrayNode content = out.addObject().put("role", t.role()).putArray("content");
      // Anthropic wants tool results before any text in a user turn.
      t.blocks().stream().filter(Conversation::isToolResult).forEach(content::add);
      t.blocks().stream().filter(b -> !isToolResult(b)).forEach(content::add);
    }
    return new Translated(
        system.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", system)), out);
  }

  private static void add(List<Turn> turns, String role, List<ObjectNode> blocks) {
    if (!turns.isEmpty() && turns.get(turns.size() - 1).role().equals(role)) {
      turns.get(turns.size() - 1).blocks().addAll(blocks);
    } else {
      turns.add(new Turn(role, new ArrayList<>(blocks)));
    }
  }

  private static boolean isToolResult(ObjectNode block) {
    return block.path("type").asText().equals("tool_result");
  }

  private static List<ObjectNode> assistant(JsonNode m, String path) {
    if (m.hasNonNull("function_call")) {
      throw ChatCompletionsException.field(
          path + ".function_call", "is deprecated and not supported; send tool_calls");
    }
    List<ObjectNode> blocks = ContentParts.assistant(m.path("content"), path + ".content");
    JsonNode calls = m.path("tool_calls");
    if (!calls.isMissingNode() && !calls.isNull() && !calls.isArray()) {
      throw ChatCompletionsException.field(path + ".tool_calls", "must be an array");
    }
    for (int j = 0; j < calls.size(); j++) {
      blocks.add(toolUse(calls.path(j), path + ".tool_calls[" + j + "]"));
    }
    if (blocks.isEmpty()) {
      throw ChatCompletionsException.field(path, "has neither content nor tool_calls");
    }
    return blocks;
  }

  private static ObjectNode toolUse(JsonNode call, String path) {
    String type = call.path("type").asText("function");
    if (!type.equals("function")) {
      throw ChatCompletionsException.field(
          path + ".type", "'" + type + "' is not supported; only function tool calls");
    }
    ObjectNode block = NODES.objectNode().put("type", "tool_use");
    block.put("id", ToolIds.toAnthropic(required(call.path("id"), path + ".id")));
    JsonNode function = call.path("function");
    block.put("name", required(function.path("name"), path + ".function.name"));
    block.set("input", arguments(function.path("arguments"), path + ".function.arguments"));
    return block;
  }

  /** A function's arguments: a JSON object in a string (an empty string is no arguments). */
  private static JsonNode arguments(JsonNode arguments, String path) {
    if (arguments.isObject()) {
      return arguments; // not what OpenAI sends, but unambiguous
    }
    if (arguments.isMissingNode() || arguments.isNull() || arguments.asText().isBlank()) {
      return NODES.objectNode();
    }
    if (!arguments.isTextual()) {
      throw ChatCompletionsException.field(path, "must be a string holding a JSON object");
    }
    JsonNode parsed;
    try {
      parsed = JSON.readTree(arguments.asText());
    } catch (JsonProcessingException e) {
      // Jackson's message quotes the text; say where, not what.
      long at = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
      throw ChatCompletionsException.field(
          path,
          "is not valid JSON"
              + (at >= 0 ? " (at character " + at + ")" : "")
              + "; send the arguments as a JSON object in a string");
    }
    if (!parsed.isObject()) {
      throw ChatCompletionsException.field(path, "must hold a JSON object, not " + kind(parsed));
    }
    return parsed;
  }

  private static ObjectNode toolResult(JsonNode m, String path) {
    ObjectNode block = NODES.objectNode().put("type", "tool_result");
    block.put(
        "tool_use_id",
        ToolIds.toAnthropic(required(m.path("tool_call_id"), path + ".tool_call_id")));
    String text = ContentParts.text(m.path("content"), path + ".content");
    if (!text.isEmpty()) {
      block.put("content", text);
    }
    return block;
  }

  private static String required(JsonNode value, String path) {
    if (!value.isTextual() || value.asText().isBlank()) {
      throw ChatCompletionsException.field(path, "is required");
    }
    return value.asText();
  }

  private static String kind(JsonNode n) {
    return n.isArray()
        ? "an array"
        : n.isTextual() ? "a string" : "a " + n.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
