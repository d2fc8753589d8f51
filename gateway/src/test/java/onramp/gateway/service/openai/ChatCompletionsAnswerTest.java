package onramp.gateway.service.openai;

import static onramp.gateway.service.openai.Payloads.json;
import static onramp.gateway.service.openai.Payloads.resource;
import static onramp.gateway.service.openai.Payloads.shape;
import static onramp.gateway.service.openai.Payloads.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An Anthropic message becomes a chat.completion. */
class ChatCompletionsAnswerTest {
  private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");
  private static final ChatCompletions CHAT =
      ChatCompletions.using(Clock.fixed(NOW, ZoneOffset.UTC));
  private static final JsonNode REQUEST = resource("openai/create-default.request.json");

  @Test
  void translatesTheDocumentedBasicMessage() {
    ObjectNode out = CHAT.fromMessage(resource("anthropic/message-basic.json"), REQUEST);

    assertThat(wire(out))
        .isEqualTo(
            json(
                """
                {"id":"chatcmpl-msg_013Zva2CMHLNnXjNJJKqJ2EF","object":"chat.completion",
                 "created":%d,"model":"claude-sonnet-4-5",
                 "choices":[{"index":0,
                   "message":{"role":"assistant","content":"Hi! My name is Claude.","refusal":null},
                   "logprobs":null,"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":2095,"completion_tokens":503,"total_tokens":2598,
                          "prompt_tokens_details":{"cached_tokens":0}}}
                """
                    .formatted(NOW.getEpochSecond())));
  }

  @Test
  void hasTheFieldsOfOpenAisDocumentedAnswer() {
    ObjectNode out = CHAT.fromMessage(resource("anthropic/message-basic.json"), REQUEST);

    // Fields OpenAI documents that we cannot fill are left out, not faked.
    assertThat(shape(resource("openai/create-default.response.json")))
        .containsAll(shape(out))
        .contains("choices[].message.annotations", "service_tier");
  }

  @Test
  void translatesTheDocumentedToolUseMessage() {
    ObjectNode out = CHAT.fromMessage(resource("anthropic/message-tool-use.json"), REQUEST);

    JsonNode choice = out.path("choices").path(0);
    assertThat(choice.path("finish_reason").asText()).isEqualTo("tool_calls");
    assertThat(choice.path("message").path("content").asText()).startsWith("<thinking>");
    JsonNode call = choice.path("message").path("tool_calls").path(0);
    assertThat(call.path("id").asText()).isEqualTo("toolu_01A09q90qw90lq917835lq9");
    assertThat(call.path("type").asText()).isEqualTo("function");
    assertThat(call.path("function").path("name").asText()).isEqualTo("get_weather");
    assertThat(json(call.path("function").path("arguments").asText()))
        .isEqualTo(json("{\"location\": \"San Francisco, CA\", \"unit\": \"celsius\"}"));
    assertThat(out.path("usage").path("total_tokens").asLong()).as("no usage given").isZero();
  }

  @Test
  void hasTheToolCallFieldsOfOpenAisDocumentedAnswer() {
    ObjectNode out = CHAT.fromMessage(resource("anthropic/message-tool-use.json"), REQUEST);

    assertThat(shape(out))
        .containsAll(
            shape(resource("openai/create-functions.response.json")).stream()
                .filter(p -> p.contains("tool_calls"))
                .toList());
  }

  @Test
  void sendsNullContentWhenTheAnswerIsOnlyToolCalls() {
    ObjectNode out =
        CHAT.fromMessage(
            json(
                """
                {"type":"message","id":"msg_1","stop_reason":"tool_use","content":[
                  {"type":"tool_use","id":"toolu_1","name":"look","input":{}},
                  {"type":"tool_use","id":"toolu_2","name":"find","input":{"q":"x"}}]}
                """),
            REQUEST);

    JsonNode message = out.path("choices").path(0).path("message");
    assertThat(message.path("content").isNull()).isTrue();
    assertThat(message.path("tool_calls")).hasSize(2);
    assertThat(message.path("tool_calls").path(1).path("function").path("arguments").asText())
        .isEqualTo("{\"q\":\"x\"}");
  }

  @Test
  void joinsTextBlocksAndLeavesThinkingOut() {
    ObjectNode out =
        CHAT.fromMessage(
            json(
                """
                {"type":"message","id":"msg_1","stop_reason":"end_turn","content":[
                  {"type":"thinking","thinking":"hmm","signature":"x"},
                  {"type":"text","text":"Hello, "},{"type":"text","text":"world."}]}
                """),
            REQUEST);

    assertThat(out.path("choices").path(0).path("message").path("content").asText())
        .isEqualTo("Hello, world.");
    assertThat(out.path("choices").path(0).path("message").has("tool_calls")).isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "end_turn, stop",
    "stop_sequence, stop",
    "max_tokens, length",
    "tool_use, tool_calls",
    "refusal, content_filter",
    "pause_turn, stop"
  })
  void mapsStopReasonsToFinishReasons(String stopReason, String finishReason) {
    ObjectNode out =
        CHAT.fromMessage(
            json(
                "{\"type\":\"message\",\"id\":\"m\",\"stop_reason\":\""
                    + stopReason
                    + "\",\"content\":[{\"type\":\"text\",\"text\":\"x\"}]}"),
            REQUEST);

    assertThat(out.path("choices").path(0).path("finish_reason").asText()).isEqualTo(finishReason);
  }

  @Test
  void countsCachedTokensAsPromptTokens() {
    ObjectNode out =
        CHAT.fromMessage(
            json(
                """
                {"type":"message","id":"m","stop_reason":"end_turn","content":[],
                 "usage":{"input_tokens":25,"cache_creation_input_tokens":300,
                          "cache_read_input_tokens":1200,"output_tokens":40}}
                """),
            REQUEST);

    assertThat(out.path("choices").path(0).path("message").path("content").asText()).isEmpty();
    assertThat(wire(out.path("usage")))
        .isEqualTo(
            json(
                """
                {"prompt_tokens":1525,"completion_tokens":40,"total_tokens":1565,
                 "prompt_tokens_details":{"cached_tokens":1200}}
                """));
  }

  @Test
  void answersAJsonSchemaFormatAsContent() {
    JsonNode request =
        json(
            """
            {"model":"claude-sonnet-4-5","messages":[{"role":"user","content":"x"}],
             "response_format":{"type":"json_schema","json_schema":{"name":"licence"}}}
            """);

    ObjectNode out =
        CHAT.fromMessage(
            json(
                """
                {"type":"message","id":"m","stop_reason":"tool_use","content":[
                  {"type":"tool_use","id":"toolu_1","name":"licence","input":{"state":"CA"}}]}
                """),
            request);

    JsonNode choice = out.path("choices").path(0);
    assertThat(choice.path("message").path("content").asText()).isEqualTo("{\"state\":\"CA\"}");
    assertThat(choice.path("message").has("tool_calls")).isFalse();
    assertThat(choice.path("finish_reason").asText()).isEqualTo("stop");
  }

  @Test
  void refusesAnErrorBodyAsAMessage() {
    assertThatThrownBy(
            () ->
                CHAT.fromMessage(
                    json("{\"type\":\"error\",\"error\":{\"type\":\"api_error\"}}"), REQUEST))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
