package onramp.gateway.adapter.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.function.Consumer;
import onramp.gateway.Delta;
import onramp.gateway.ModelRequest;
import onramp.gateway.ModelResponse;

/**
 * Reads a chat-completions stream ({@code data:} lines, {@code [DONE]}) into deltas and, at the
 * end, one response built the same way as a non-streamed one.
 */
final class OpenAiStream {
  private OpenAiStream() {}

  static void read(
      Iterator<String> lines,
      ModelRequest request,
      String requestId,
      long startNanos,
      Consumer<Delta> sink)
      throws IOException {
    boolean typed = request.output().isPresent();
    StringBuilder content = new StringBuilder();
    String finish = "";
    String model = "";
    String id = "";
    JsonNode usage = OpenAiWire.JSON.createObjectNode();
    boolean done = false;
    while (lines.hasNext()) {
      String line = lines.next();
      if (!line.startsWith("data:")) {
        continue;
      }
      String data = line.substring(5).trim();
      if (data.equals("[DONE]")) {
        done = true;
        break;
      }
      JsonNode chunk = OpenAiWire.JSON.readTree(data);
      model = chunk.path("model").asText(model);
      id = chunk.path("id").asText(id);
      if (chunk.has("usage") && !chunk.get("usage").isNull()) {
        usage = chunk.get("usage");
      }
      JsonNode choice = chunk.path("choices").path(0);
      String piece = choice.path("delta").path("content").asText("");
      if (!piece.isEmpty()) {
        content.append(piece);
        if (!typed) {
          sink.accept(new Delta.TextDelta(piece));
        }
      }
      if (choice.path("finish_reason").isTextual()) {
        finish = choice.path("finish_reason").asText();
      }
    }
    if (!done) {
      throw new IOException("the stream ended without [DONE]");
    }
    ObjectNode whole = OpenAiWire.JSON.createObjectNode().put("id", id).put("model", model);
    ObjectNode choice = ((ArrayNode) whole.putArray("choices")).addObject();
    choice.putObject("message").put("role", "assistant").put("content", content.toString());
    choice.put("finish_reason", finish);
    whole.set("usage", usage);
    ModelResponse response =
        OpenAiWire.response(
            whole, typed, requestId, Duration.ofNanos(System.nanoTime() - startNanos));
    sink.accept(new Delta.Done(response));
  }
}
