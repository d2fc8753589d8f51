package onramp.gateway.governed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import onramp.gateway.Delta;
import onramp.gateway.masking.MaskingSession;

/**
 * Unmasks an Anthropic Messages event stream on its way to the caller. Text and tool-input
 * fragments of each content block go through a {@link StreamingUnmasker} of their own (a
 * placeholder split across deltas is held back until whole, then restored); the block's held-back
 * tail is released before its {@code content_block_stop}. {@code message_start} names the model as
 * the caller named it. Every other event passes unchanged.
 */
final class MessagesStreamUnmasker {
  private final MaskingSession session;
  private final String callerModel;
  private final Consumer<ObjectNode> sink;
  private final Map<Integer, Block> blocks = new HashMap<>();
  private boolean emitted;

  MessagesStreamUnmasker(MaskingSession session, String callerModel, Consumer<ObjectNode> sink) {
    this.session = session;
    this.callerModel = callerModel;
    this.sink = sink;
  }

  void event(ObjectNode event) {
    switch (event.path("type").asText()) {
      case "message_start" -> {
        if (event.path("message") instanceof ObjectNode m) {
          m.put("model", callerModel);
        }
        emit(event);
      }
      case "content_block_delta" -> {
        ObjectNode delta = (ObjectNode) event.path("delta");
        String field =
            switch (delta.path("type").asText()) {
              case "text_delta" -> "text";
              case "input_json_delta" -> "partial_json";
              default -> "";
            };
        if (field.isEmpty() || !delta.path(field).isTextual()) {
          emit(event);
          return;
        }
        int index = event.path("index").asInt();
        blocks
            .computeIfAbsent(index, i -> new Block(i, delta.path("type").asText(), field))
            .unmasker
            .text(delta.path(field).asText());
      }
      case "content_block_stop" -> {
        Block block = blocks.remove(event.path("index").asInt());
        if (block != null) {
          block.unmasker.flush();
        }
        emit(event);
      }
      default -> emit(event);
    }
  }

  /** Whether the caller has seen any event (then the call can no longer be retried). */
  boolean emittedAny() {
    return emitted;
  }

  private void emit(ObjectNode event) {
    emitted = true;
    sink.accept(event);
  }

  /** One content block's unmasker, turning released text back into delta events. */
  private final class Block {
    final StreamingUnmasker unmasker;

    Block(int index, String deltaType, String field) {
      this.unmasker =
          new StreamingUnmasker(
              session,
              d -> {
                if (d instanceof Delta.TextDelta t && !t.text().isEmpty()) {
                  ObjectNode out = eventOf(index);
                  out.putObject("delta").put("type", deltaType).put(field, t.text());
                  emit(out);
                }
              });
    }
  }

  private static ObjectNode eventOf(int index) {
    ObjectNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    out.put("type", "content_block_delta");
    out.put("index", index);
    return out;
  }
}
