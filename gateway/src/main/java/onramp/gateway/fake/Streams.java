package onramp.gateway.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import onramp.gateway.Usage;

/**
 * Streamed replies as each vendor frames them: Anthropic server-sent events, the same events in AWS
 * event-stream frames for Bedrock, and OpenAI chat-completion chunks. Text is cut into small pieces
 * so that clients meet placeholders split across deltas.
 */
final class Streams {
  static final int PIECE = 5;

  private Streams() {}

  /** The Anthropic events of a reply, as JSON objects, in order. */
  static List<ObjectNode> anthropicEvents(Script.Reply r, JsonNode request, String id) {
    ObjectNode full =
        (ObjectNode)
            WireFormats.JSON.valueToTree(
                readTree(WireFormats.reply(Wire.ANTHROPIC, r, request, id)));
    List<ObjectNode> events = new ArrayList<>();
    ObjectNode start = WireFormats.JSON.createObjectNode().put("type", "message_start");
    ObjectNode message = start.putObject("message");
    message.setAll(full);
    message.putArray("content");
    message.putNull("stop_reason");
    events.add(start);
    int index = 0;
    for (JsonNode block : full.path("content")) {
      ObjectNode blockStart = event("content_block_start").put("index", index);
      if (block.path("type").asText().equals("text")) {
        blockStart.putObject("content_block").put("type", "text").put("text", "");
        events.add(blockStart);
        for (String piece : pieces(block.path("text").asText())) {
          ObjectNode delta = event("content_block_delta").put("index", index);
          delta.putObject("delta").put("type", "text_delta").put("text", piece);
          events.add(delta);
        }
      } else {
        ObjectNode cb = blockStart.putObject("content_block");
        cb.put("type", "tool_use")
            .put("id", block.path("id").asText())
            .put("name", block.path("name").asText());
        cb.putObject("input");
        events.add(blockStart);
        for (String piece : pieces(block.path("input").toString())) {
          ObjectNode delta = event("content_block_delta").put("index", index);
          delta.putObject("delta").put("type", "input_json_delta").put("partial_json", piece);
          events.add(delta);
        }
      }
      events.add(event("content_block_stop").put("index", index++));
    }
    ObjectNode end = event("message_delta");
    end.putObject("delta")
        .put("stop_reason", full.path("stop_reason").asText())
        .putNull("stop_sequence");
    end.putObject("usage").put("output_tokens", r.usage().output());
    events.add(end);
    events.add(event("message_stop"));
    return events;
  }

  static byte[] sse(List<ObjectNode> events) {
    StringBuilder out = new StringBuilder();
    for (ObjectNode e : events) {
      out.append("event: ").append(e.path("type").asText()).append('\n');
      out.append("data: ").append(e).append("\n\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Bedrock's invoke-with-response-stream: each event base64-wrapped in an event-stream frame. */
  static byte[] eventStream(List<ObjectNode> events) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (ObjectNode e : events) {
      String payload =
          WireFormats.JSON
              .createObjectNode()
              .put(
                  "bytes",
                  Base64.getEncoder().encodeToString(e.toString().getBytes(StandardCharsets.UTF_8)))
              .put("p", "abcdefghijkl")
              .toString();
      out.writeBytes(frame(payload.getBytes(StandardCharsets.UTF_8)));
    }
    return out.toByteArray();
  }

  /** The events, then Anthropic's mid-stream error event (as an overloaded API sends it). */
  static List<ObjectNode> withError(List<ObjectNode> events, String message) {
    List<ObjectNode> out = new ArrayList<>(events);
    ObjectNode error = event("error");
    error.putObject("error").put("type", "overloaded_error").put("message", message);
    out.add(error);
    return out;
  }

  /** Bedrock's mid-stream exception frame. */
  static byte[] eventStreamException(String message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream headers = new ByteArrayOutputStream();
    header(headers, ":exception-type", "modelStreamErrorException");
    header(headers, ":content-type", "application/json");
    header(headers, ":message-type", "exception");
    out.writeBytes(
        frame(
            headers.toByteArray(),
            WireFormats.JSON
                .createObjectNode()
                .put("message", message)
                .toString()
                .getBytes(StandardCharsets.UTF_8)));
    return out.toByteArray();
  }

  /** One AWS event-stream message: prelude (lengths + CRC), string headers, payload, CRC. */
  private static byte[] frame(byte[] payload) {
    ByteArrayOutputStream headers = new ByteArrayOutputStream();
    header(headers, ":event-type", "chunk");
    header(headers, ":content-type", "application/json");
    header(headers, ":message-type", "event");
    return frame(headers.toByteArray(), payload);
  }

  private static byte[] frame(byte[] h, byte[] payload) {
    int total = 12 + h.length + payload.length + 4;
    ByteBuffer buf = ByteBuffer.allocate(total);
    buf.putInt(total).putInt(h.length);
    buf.putInt((int) crc(buf.array(), 0, 8));
    buf.put(h).put(payload);
    buf.putInt((int) crc(buf.array(), 0, total - 4));
    return buf.array();
  }

  private static void header(ByteArrayOutputStream out, String name, String value) {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    byte[] v = value.getBytes(StandardCharsets.UTF_8);
    out.write(n.length);
    out.writeBytes(n);
    out.write(7); // string
    out.write(v.length >> 8);
    out.write(v.length & 0xff);
    out.writeBytes(v);
  }

  private static long crc(byte[] bytes, int offset, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, offset, length);
    return crc.getValue();
  }

  /** OpenAI chat-completion chunks, then a usage chunk and {@code [DONE]}. */
  static byte[] openAiChunks(Script.Reply r, JsonNode request, String id) {
    StringBuilder out = new StringBuilder();
    String content = r.output().map(JsonNode::toString).orElse(r.text());
    List<String> pieces = new ArrayList<>(List.of(""));
    pieces.addAll(pieces(content));
    for (int i = 0; i < pieces.size(); i++) {
      ObjectNode chunk = chunk(request, id);
      ObjectNode delta = chunk.putArray("choices").addObject().put("index", 0).putObject("delta");
      if (i == 0) {
        delta.put("role", "assistant");
      }
      delta.put("content", pieces.get(i));
      out.append("data: ").append(chunk).append("\n\n");
    }
    ObjectNode last = chunk(request, id);
    last.putArray("choices")
        .addObject()
        .put("index", 0)
        .put("finish_reason", "stop")
        .putObject("delta");
    out.append("data: ").append(last).append("\n\n");
    ObjectNode usage = chunk(request, id);
    usage.putArray("choices");
    Usage u = r.usage();
    ObjectNode un = usage.putObject("usage");
    un.put("prompt_tokens", u.input() + u.cacheRead()).put("completion_tokens", u.output());
    un.put("total_tokens", u.input() + u.cacheRead() + u.output());
    un.putObject("prompt_tokens_details").put("cached_tokens", u.cacheRead());
    out.append("data: ").append(usage).append("\n\ndata: [DONE]\n\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static ObjectNode chunk(JsonNode request, String id) {
    return WireFormats.JSON
        .createObjectNode()
        .put("id", "chatcmpl-" + id)
        .put("object", "chat.completion.chunk")
        .put("created", System.currentTimeMillis() / 1000)
        .put("model", request.path("model").asText("gpt-fake"));
  }

  private static ObjectNode event(String type) {
    return WireFormats.JSON.createObjectNode().put("type", type);
  }

  static List<String> pieces(String text) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i += PIECE) {
      out.add(text.substring(i, Math.min(text.length(), i + PIECE)));
    }
    return out;
  }

  private static JsonNode readTree(String json) {
    try {
      return WireFormats.JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
