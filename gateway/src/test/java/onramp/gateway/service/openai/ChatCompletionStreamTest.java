package onramp.gateway.service.openai;

import static onramp.gateway.service.openai.Payloads.events;
import static onramp.gateway.service.openai.Payloads.json;
import static onramp.gateway.service.openai.Payloads.lines;
import static onramp.gateway.service.openai.Payloads.shape;
import static onramp.gateway.service.openai.Payloads.wire;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A streamed Anthropic answer becomes chat.completion.chunk objects. */
class ChatCompletionStreamTest {
  private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");
  private static final ChatCompletions CHAT =
      ChatCompletions.using(Clock.fixed(NOW, ZoneOffset.UTC));
  private static final String REQUEST =
      "{\"model\":\"claude-sonnet-4-5\",\"stream\":true,"
          + "\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]";

  private static List<ObjectNode> translate(String chatRequestFields, List<ObjectNode> events) {
    ChatCompletionStream stream = CHAT.stream(json(REQUEST + chatRequestFields + "}"));
    List<ObjectNode> chunks = new ArrayList<>();
    events.forEach(e -> chunks.addAll(stream.translate(e)));
    return chunks;
  }

  private static List<JsonNode> deltas(List<ObjectNode> chunks) {
    return chunks.stream().map(c -> c.path("choices").path(0).path("delta")).toList();
  }

  @Test
  void translatesTheDocumentedTextStream() {
    List<ObjectNode> chunks = translate("", events("anthropic/stream-basic.sse"));

    assertThat(deltas(chunks))
        .containsExactly(
            json("{\"role\":\"assistant\",\"content\":\"\"}"),
            json("{\"content\":\"Hello\"}"),
            json("{\"content\":\"!\"}"),
            json("{}"));
    assertThat(chunks)
        .allSatisfy(
            c -> {
              assertThat(c.path("id").asText())
                  .isEqualTo("chatcmpl-msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY");
              assertThat(c.path("object").asText()).isEqualTo("chat.completion.chunk");
              assertThat(c.path("created").asLong()).isEqualTo(NOW.getEpochSecond());
              assertThat(c.path("model").asText()).isEqualTo("claude-sonnet-4-5");
              assertThat(c.has("usage")).as("no usage asked for").isFalse();
            });
    assertThat(chunks.get(2).path("choices").path(0).path("finish_reason").isNull()).isTrue();
    assertThat(chunks.get(3).path("choices").path(0).path("finish_reason").asText())
        .isEqualTo("stop");
  }

  @Test
  void hasTheFieldsOfOpenAisDocumentedChunks() {
    List<ObjectNode> chunks = translate("", events("anthropic/stream-basic.sse"));

    List<JsonNode> documented = lines("openai/stream-chunks.jsonl");
    assertThat(shape(chunks.get(0))).isEqualTo(documentedShape(documented.get(0)));
    assertThat(shape(chunks.get(1))).isEqualTo(documentedShape(documented.get(1)));
    assertThat(shape(chunks.get(3))).isEqualTo(documentedShape(documented.get(2)));
  }

  /** system_fingerprint is deprecated and would say nothing true about our backend: left out. */
  private static Set<String> documentedShape(JsonNode chunk) {
    Set<String> shape = shape(chunk);
    shape.remove("system_fingerprint");
    return shape;
  }

  @Test
  void endsWithAUsageChunkWhenAskedFor() {
    List<ObjectNode> chunks =
        translate(
            ",\"stream_options\":{\"include_usage\":true}", events("anthropic/stream-basic.sse"));

    ObjectNode last = chunks.get(chunks.size() - 1);
    assertThat(last.path("choices")).isEmpty();
    assertThat(wire(last.path("usage")))
        .isEqualTo(
            json(
                """
                {"prompt_tokens":25,"completion_tokens":15,"total_tokens":40,
                 "prompt_tokens_details":{"cached_tokens":0}}
                """));
    assertThat(chunks.subList(0, chunks.size() - 1))
        .allSatisfy(c -> assertThat(c.path("usage").isNull()).as("null until the last").isTrue());
  }

  @Test
  void translatesTheDocumentedToolUseStream() {
    List<ObjectNode> chunks = translate("", events("anthropic/stream-tool-use.sse"));

    List<JsonNode> deltas = deltas(chunks);
    StringBuilder text = new StringBuilder();
    deltas.forEach(d -> text.append(d.path("content").asText("")));
    assertThat(text.toString()).isEqualTo("Okay, let's check the weather for San Francisco, CA:");
    List<JsonNode> calls =
        deltas.stream()
            .filter(d -> d.has("tool_calls"))
            .map(d -> d.path("tool_calls").path(0))
            .toList();
    assertThat(calls.get(0))
        .isEqualTo(
            json(
                """
                {"index":0,"id":"toolu_01T1x1fJ34qAmk2tNTrN7Up6","type":"function",
                 "function":{"name":"get_weather","arguments":""}}
                """));
    assertThat(arguments(calls, 0))
        .isEqualTo(json("{\"location\": \"San Francisco, CA\", \"unit\": \"fahrenheit\"}"));
    assertThat(calls.subList(1, calls.size()))
        .allSatisfy(c -> assertThat(c.has("id")).as("only the first fragment names it").isFalse());
    assertThat(chunks.get(chunks.size() - 1).path("choices").path(0).path("finish_reason").asText())
        .isEqualTo("tool_calls");
  }

  @Test
  void numbersTwoToolCallsByTheirOrderNotByBlockIndex() {
    List<ObjectNode> chunks = translate("", events("anthropic/stream-two-tools.sse"));

    List<JsonNode> calls =
        deltas(chunks).stream()
            .filter(d -> d.has("tool_calls"))
            .map(d -> d.path("tool_calls").path(0))
            .toList();
    assertThat(
            calls.stream()
                .filter(c -> c.has("id"))
                .map(c -> c.path("function").path("name").asText()))
        .containsExactly("get_weather", "get_time");
    assertThat(arguments(calls, 0))
        .isEqualTo(json("{\"location\":\"San Francisco, CA\",\"unit\":\"fahrenheit\"}"));
    assertThat(arguments(calls, 1)).isEqualTo(json("{\"timezone\":\"America/Los_Angeles\"}"));
    assertThat(calls.stream().map(c -> c.path("index").asInt()).distinct()).containsExactly(0, 1);
  }

  @Test
  void endsWithLengthWhenMaxTokensCutTheAnswer() {
    List<ObjectNode> events = events("anthropic/stream-basic.sse");
    events.set(
        6,
        (ObjectNode)
            json(
                """
                {"type":"message_delta","delta":{"stop_reason":"max_tokens","stop_sequence":null},
                 "usage":{"output_tokens":2}}
                """));

    List<ObjectNode> chunks = translate(",\"stream_options\":{\"include_usage\":true}", events);

    assertThat(chunks.get(chunks.size() - 2).path("choices").path(0).path("finish_reason").asText())
        .isEqualTo("length");
    assertThat(chunks.get(chunks.size() - 1).path("usage").path("completion_tokens").asInt())
        .isEqualTo(2);
  }

  @Test
  void streamsAJsonSchemaFormatAsContent() {
    List<ObjectNode> events =
        List.of(
            obj(
                "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"usage\":{\"input_tokens\":9}}}"),
            obj(
                "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"licence\",\"input\":{}}}"),
            obj(
                "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"state\\\":\"}}"),
            obj(
                "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\" \\\"CA\\\"}\"}}"),
            obj("{\"type\":\"content_block_stop\",\"index\":0}"),
            obj(
                "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\"},\"usage\":{\"output_tokens\":12}}"),
            obj("{\"type\":\"message_stop\"}"));

    List<ObjectNode> chunks =
        translate(
            ",\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"licence\"}}",
            events);

    assertThat(deltas(chunks))
        .containsExactly(
            json("{\"role\":\"assistant\",\"content\":\"\"}"),
            json("{\"content\":\"{\\\"state\\\":\"}"),
            json("{\"content\":\" \\\"CA\\\"}\"}"),
            json("{}"));
    assertThat(chunks.get(3).path("choices").path(0).path("finish_reason").asText())
        .isEqualTo("stop");
  }

  @Test
  void turnsAnErrorEventIntoAnOpenAiErrorObject() {
    ChatCompletionStream stream = CHAT.stream(json(REQUEST + "}"));
    stream.translate(events("anthropic/stream-basic.sse").get(0));

    List<ObjectNode> out =
        stream.translate(
            json(
                "{\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", \"message\":"
                    + " \"Overloaded\"}}"));

    assertThat(out)
        .containsExactly(
            (ObjectNode)
                json(
                    """
                    {"error":{"message":"Overloaded","type":"server_error","param":null,
                              "code":"overloaded"}}
                    """));
    assertThat(stream.failed()).isTrue();
  }

  @Test
  void ignoresPingsThinkingAndUnknownEvents() {
    ChatCompletionStream stream = CHAT.stream(json(REQUEST + "}"));

    assertThat(stream.translate(json("{\"type\":\"ping\"}"))).isEmpty();
    assertThat(
            stream.translate(
                json(
                    "{\"type\":\"content_block_delta\",\"index\":0,"
                        + "\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"hmm\"}}")))
        .isEmpty();
    assertThat(stream.translate(json("{\"type\":\"something_new\"}"))).isEmpty();
    assertThat(stream.failed()).isFalse();
  }

  private static ObjectNode obj(String text) {
    return (ObjectNode) json(text);
  }

  /** The arguments of tool call {@code index}, its fragments joined and parsed. */
  private static JsonNode arguments(List<JsonNode> calls, int index) {
    StringBuilder out = new StringBuilder();
    calls.stream()
        .filter(c -> c.path("index").asInt() == index)
        .forEach(c -> out.append(c.path("function").path("arguments").asText()));
    return json(out.toString());
  }
}
