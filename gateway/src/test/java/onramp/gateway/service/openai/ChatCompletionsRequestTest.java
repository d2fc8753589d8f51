package onramp.gateway.service.openai;

import static onramp.gateway.service.openai.Payloads.json;
import static onramp.gateway.service.openai.Payloads.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A chat-completions request becomes an Anthropic Messages request. */
class ChatCompletionsRequestTest {

  private static ObjectNode translate(String chatRequest) {
    return ChatCompletions.toMessages(json(chatRequest));
  }

  /** A request of the given messages (a JSON array), plus any extra top-level fields. */
  private static ObjectNode messages(String messages, String extra) {
    return translate(
        "{\"model\":\"claude-sonnet-4-5\",\"messages\":"
            + messages
            + (extra.isEmpty() ? "" : "," + extra)
            + "}");
  }

  private static ObjectNode withUser(String extra) {
    return messages("[{\"role\":\"user\",\"content\":\"Hi\"}]", extra);
  }

  @Test
  void translatesTheDocumentedDefaultExample() {
    ObjectNode out = ChatCompletions.toMessages(resource("openai/create-default.request.json"));

    assertThat(out)
        .isEqualTo(
            json(
                """
                {"model":"claude-sonnet-4-5","max_tokens":4096,
                 "system":"You are a helpful assistant.",
                 "messages":[{"role":"user","content":[{"type":"text","text":"Hello!"}]}]}
                """));
  }

  @Test
  void translatesTheDocumentedImageExampleToAUrlSource() {
    ObjectNode out = ChatCompletions.toMessages(resource("openai/create-image.request.json"));

    JsonNode content = out.path("messages").path(0).path("content");
    assertThat(out.path("max_tokens").asInt()).isEqualTo(300);
    assertThat(content.path(0))
        .isEqualTo(json("{\"type\":\"text\",\"text\":\"What is in this image?\"}"));
    assertThat(content.path(1).path("type").asText()).isEqualTo("image");
    assertThat(content.path(1).path("source").path("type").asText()).isEqualTo("url");
    assertThat(content.path(1).path("source").path("url").asText())
        .startsWith("https://upload.wikimedia.org/");
  }

  @Test
  void translatesTheDocumentedFunctionsExample() {
    JsonNode request = resource("openai/create-functions.request.json");

    ObjectNode out = ChatCompletions.toMessages(request);

    JsonNode tool = out.path("tools").path(0);
    assertThat(tool.path("name").asText()).isEqualTo("get_current_weather");
    assertThat(tool.path("description").asText())
        .isEqualTo("Get the current weather in a given location");
    assertThat(tool.path("input_schema"))
        .isEqualTo(request.path("tools").path(0).path("function").path("parameters"));
    assertThat(out.path("tool_choice")).isEqualTo(json("{\"type\":\"auto\"}"));
  }

  @Test
  void turnsADataUrlIntoABase64ImageBlock() {
    ObjectNode out =
        messages(
            """
            [{"role":"user","content":[{"type":"image_url",
              "image_url":{"url":"data:image/png;base64,iVBORw0KGgo=","detail":"low"}}]}]
            """,
            "");

    assertThat(out.path("messages").path(0).path("content").path(0))
        .isEqualTo(
            json(
                """
                {"type":"image","source":{"type":"base64","media_type":"image/png",
                 "data":"iVBORw0KGgo="}}
                """));
  }

  @Test
  void turnsAPdfFileIntoADocumentBlock() {
    ObjectNode out =
        messages(
            """
            [{"role":"user","content":[{"type":"file",
              "file":{"filename":"i9.pdf","file_data":"data:application/pdf;base64,JVBERi0x"}}]}]
            """,
            "");

    JsonNode block = out.path("messages").path(0).path("content").path(0);
    assertThat(block.path("type").asText()).isEqualTo("document");
    assertThat(block.path("source").path("media_type").asText()).isEqualTo("application/pdf");
    assertThat(block.path("source").path("data").asText()).isEqualTo("JVBERi0x");
  }

  @Test
  void liftsEverySystemAndDeveloperMessageIntoSystem() {
    ObjectNode out =
        messages(
            """
            [{"role":"system","content":"Be brief."},
             {"role":"user","content":"Hi"},
             {"role":"developer","content":[{"type":"text","text":"Answer in French."}]}]
            """,
            "");

    assertThat(out.path("system").asText()).isEqualTo("Be brief.\n\nAnswer in French.");
    assertThat(out.path("messages")).hasSize(1);
  }

  @Test
  void mergesConsecutiveMessagesOfOneRole() {
    ObjectNode out =
        messages(
            """
            [{"role":"user","content":"First."},{"role":"user","content":"Second."},
             {"role":"assistant","content":"A."},{"role":"assistant","content":"B."}]
            """,
            "");

    assertThat(out.path("messages"))
        .isEqualTo(
            json(
                """
                [{"role":"user","content":[{"type":"text","text":"First."},
                                           {"type":"text","text":"Second."}]},
                 {"role":"assistant","content":[{"type":"text","text":"A."},
                                                {"type":"text","text":"B."}]}]
                """));
  }

  @Test
  void translatesAToolCallRoundTrip() {
    ObjectNode out =
        messages(
            """
            [{"role":"user","content":"Weather in Boston and Paris?"},
             {"role":"assistant","content":null,"tool_calls":[
               {"id":"call_1","type":"function",
                "function":{"name":"get_weather","arguments":"{\\"city\\":\\"Boston\\"}"}},
               {"id":"call_2","type":"function",
                "function":{"name":"get_weather","arguments":"{\\"city\\":\\"Paris\\"}"}}]},
             {"role":"tool","tool_call_id":"call_1","content":"22 C"},
             {"role":"tool","tool_call_id":"call_2","content":[{"type":"text","text":"18 C"}]},
             {"role":"user","content":"Thanks. Which is warmer?"}]
            """,
            "");

    assertThat(out.path("messages"))
        .isEqualTo(
            json(
                """
                [{"role":"user","content":[{"type":"text","text":"Weather in Boston and Paris?"}]},
                 {"role":"assistant","content":[
                   {"type":"tool_use","id":"call_1","name":"get_weather","input":{"city":"Boston"}},
                   {"type":"tool_use","id":"call_2","name":"get_weather","input":{"city":"Paris"}}]},
                 {"role":"user","content":[
                   {"type":"tool_result","tool_use_id":"call_1","content":"22 C"},
                   {"type":"tool_result","tool_use_id":"call_2","content":"18 C"},
                   {"type":"text","text":"Thanks. Which is warmer?"}]}]
                """));
  }

  @Test
  void putsToolResultsBeforeTextInAMergedUserTurn() {
    ObjectNode out =
        messages(
            """
            [{"role":"user","content":"Go."},
             {"role":"assistant","tool_calls":[{"id":"call_1","type":"function",
               "function":{"name":"ping","arguments":""}}]},
             {"role":"user","content":"Also this."},
             {"role":"tool","tool_call_id":"call_1","content":"pong"}]
            """,
            "");

    JsonNode last = out.path("messages").path(2).path("content");
    assertThat(last.path(0).path("type").asText()).isEqualTo("tool_result");
    assertThat(last.path(1).path("type").asText()).isEqualTo("text");
    assertThat(out.path("messages").path(1).path("content").path(0).path("input"))
        .isEqualTo(json("{}"));
  }

  @Test
  void keepsTheAssistantTextBeforeItsToolCalls() {
    ObjectNode out =
        messages(
            """
            [{"role":"user","content":"Go."},
             {"role":"assistant","content":"Let me look.","tool_calls":[{"id":"call.1",
               "type":"function","function":{"name":"look","arguments":"{}"}}]}]
            """,
            "");

    JsonNode content = out.path("messages").path(1).path("content");
    assertThat(content.path(0).path("text").asText()).isEqualTo("Let me look.");
    assertThat(content.path(1).path("id").asText()).as("a '.' is not allowed").isEqualTo("call_1");
  }

  @Test
  void refusesToolCallArgumentsThatAreNotJsonNamingTheField() {
    assertThatThrownBy(
            () ->
                messages(
                    """
                    [{"role":"system","content":"s"},{"role":"user","content":"Go."},
                     {"role":"assistant","tool_calls":[{"id":"call_1","type":"function",
                       "function":{"name":"look","arguments":"{city: Boston"}}]}]
                    """,
                    ""))
        .isInstanceOfSatisfying(
            ChatCompletionsException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.param()).contains("messages[2].tool_calls[0].function.arguments");
              assertThat(e.getMessage())
                  .startsWith("messages[2].tool_calls[0].function.arguments is not valid JSON")
                  .doesNotContain("Boston");
            });
  }

  @Test
  void usesMaxCompletionTokensThenMaxTokensThenTheDefault() {
    assertThat(
            withUser("\"max_tokens\":100,\"max_completion_tokens\":200").path("max_tokens").asInt())
        .isEqualTo(200);
    assertThat(withUser("\"max_tokens\":100").path("max_tokens").asInt()).isEqualTo(100);
    assertThat(withUser("").path("max_tokens").asInt())
        .isEqualTo(ChatCompletions.DEFAULT_MAX_TOKENS);
  }

  @ParameterizedTest(name = "temperature {0} -> {1}")
  @CsvSource({"0, 0.0", "0.7, 0.7", "1, 1.0", "1.5, 1.0", "2, 1.0"})
  void keepsTemperatureUpToOneAndClampsAbove(String openAi, double anthropic) {
    assertThat(withUser("\"temperature\":" + openAi).path("temperature").asDouble())
        .isEqualTo(anthropic);
  }

  @Test
  void sendsTopPOnlyWhenItNarrowsSampling() {
    assertThat(withUser("\"top_p\":0.9").path("top_p").asDouble()).isEqualTo(0.9);
    assertThat(withUser("\"temperature\":0.2,\"top_p\":1").has("top_p")).isFalse();
  }

  @Test
  void translatesStopStreamAndUser() {
    assertThat(withUser("\"stop\":\"END\"").path("stop_sequences")).isEqualTo(json("[\"END\"]"));
    assertThat(withUser("\"stop\":[\"a\",\"b\"]").path("stop_sequences"))
        .isEqualTo(json("[\"a\",\"b\"]"));
    assertThat(withUser("\"stream\":true").path("stream").asBoolean()).isTrue();
    assertThat(withUser("\"stream\":false").has("stream")).isFalse();
    assertThat(withUser("\"user\":\"user-7f3a\"").path("metadata"))
        .isEqualTo(json("{\"user_id\":\"user-7f3a\"}"));
  }

  @ParameterizedTest(name = "tool_choice {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"none\"|{\"type\":\"none\"}",
        "\"auto\"|{\"type\":\"auto\"}",
        "\"required\"|{\"type\":\"any\"}",
        "{\"type\":\"function\",\"function\":{\"name\":\"look\"}}|{\"type\":\"tool\",\"name\":\"look\"}"
      })
  void translatesToolChoice(String openAi, String anthropic) {
    ObjectNode out =
        withUser(
            "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"look\"}}],\"tool_choice\":"
                + openAi);

    assertThat(out.path("tool_choice")).isEqualTo(json(anthropic));
    assertThat(out.path("tools"))
        .as("kept even for none: earlier tool calls need them")
        .isEqualTo(
            json("[{\"name\":\"look\",\"input_schema\":{\"type\":\"object\",\"properties\":{}}}]"));
  }

  @Test
  void turnsParallelToolCallsOffOnTheToolChoice() {
    ObjectNode out =
        withUser(
            "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"look\"}}],"
                + "\"parallel_tool_calls\":false");

    assertThat(out.path("tool_choice"))
        .isEqualTo(json("{\"type\":\"auto\",\"disable_parallel_tool_use\":true}"));
  }

  @Test
  void dropsToolChoiceNoneOrAutoWithoutTools() {
    assertThat(withUser("\"tool_choice\":\"none\"").has("tool_choice")).isFalse();
    assertThat(withUser("\"tool_choice\":\"auto\"").has("tools")).isFalse();
  }

  @Test
  void answersAJsonSchemaFormatThroughAForcedTool() {
    ObjectNode out =
        withUser(
            """
            "response_format":{"type":"json_schema","json_schema":{"name":"licence",
              "strict":true,"schema":{"type":"object","properties":{"state":{"type":"string"}}}}}
            """);

    assertThat(out.path("tools").path(0).path("name").asText()).isEqualTo("licence");
    assertThat(out.path("tools").path(0).path("input_schema").path("properties").has("state"))
        .isTrue();
    assertThat(out.path("tool_choice")).isEqualTo(json("{\"type\":\"tool\",\"name\":\"licence\"}"));
  }

  @Test
  void letsTheModelChooseBetweenCallerToolsAndTheJsonSchemaFormat() {
    ObjectNode out =
        withUser(
            """
            "tools":[{"type":"function","function":{"name":"look"}}],
            "response_format":{"type":"json_schema","json_schema":{"name":"answer"}}
            """);

    assertThat(out.path("tools")).hasSize(2);
    assertThat(out.path("tool_choice")).isEqualTo(json("{\"type\":\"any\"}"));
  }

  @Test
  void asksForJsonInTheSystemPromptForJsonObject() {
    ObjectNode out =
        messages(
            "[{\"role\":\"system\",\"content\":\"Extract.\"},{\"role\":\"user\",\"content\":\"x\"}]",
            "\"response_format\":{\"type\":\"json_object\"}");

    assertThat(out.path("system").asText())
        .isEqualTo("Extract.\n\n" + Requests.JSON_OBJECT_INSTRUCTION);
  }

  @Test
  void ignoresFieldsThatOnlyTune() {
    ObjectNode out =
        withUser(
            """
            "presence_penalty":0.5,"frequency_penalty":0.1,"seed":7,"store":false,
            "service_tier":"auto","reasoning_effort":"low","stream_options":{"include_usage":true},
            "n":1,"logprobs":false,"logit_bias":{},"modalities":["text"],"metadata":{"a":"b"}
            """);

    assertThat(out.properties())
        .extracting(e -> e.getKey())
        .containsExactly("model", "max_tokens", "messages");
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"n\":2|n",
        "\"functions\":[{\"name\":\"f\"}]|functions",
        "\"function_call\":\"auto\"|function_call",
        "\"logprobs\":true|logprobs",
        "\"top_logprobs\":2|logprobs",
        "\"logit_bias\":{\"50256\":-100}|logit_bias",
        "\"modalities\":[\"text\",\"audio\"]|modalities",
        "\"audio\":{\"voice\":\"alloy\",\"format\":\"wav\"}|audio",
        "\"temperature\":3|temperature",
        "\"top_p\":1.5|top_p",
        "\"max_tokens\":0|max_tokens",
        "\"max_completion_tokens\":\"lots\"|max_completion_tokens",
        "\"stop\":7|stop",
        "\"stream\":\"yes\"|stream",
        "\"tools\":[{\"type\":\"custom\",\"custom\":{\"name\":\"c\"}}]|tools[0].type",
        "\"tool_choice\":\"required\"|tool_choice",
        "\"tool_choice\":\"sometimes\"|tool_choice",
        "\"response_format\":{\"type\":\"yaml\"}|response_format.type",
        "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{}}|response_format.json_schema.name"
      })
  void refusesWhatItCannotHonour(String field, String param) {
    assertThatThrownBy(() -> withUser(field))
        .isInstanceOfSatisfying(
            ChatCompletionsException.class,
            e -> {
              assertThat(e.param()).contains(param);
              assertThat(e.getMessage()).startsWith(param + " ");
            });
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "[]|messages",
        "[{\"role\":\"system\",\"content\":\"s\"}]|messages",
        "[{\"role\":\"assistant\",\"content\":\"Hi\"},{\"role\":\"user\",\"content\":\"x\"}]|messages",
        "[{\"role\":\"robot\",\"content\":\"x\"}]|messages[0].role",
        "[{\"role\":\"function\",\"name\":\"f\",\"content\":\"x\"}]|messages[0].role",
        "[{\"role\":\"user\",\"content\":\"\"}]|messages[0].content",
        "[{\"role\":\"user\",\"content\":[{\"type\":\"input_audio\"}]}]|messages[0].content[0].type",
        "[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"ftp://x/y.png\"}}]}]|messages[0].content[0].image_url.url",
        "[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/tiff;base64,AA==\"}}]}]|messages[0].content[0].image_url.url",
        "[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png,raw\"}}]}]|messages[0].content[0].image_url.url",
        "[{\"role\":\"user\",\"content\":[{\"type\":\"file\",\"file\":{\"file_id\":\"file-1\"}}]}]|messages[0].content[0].file.file_data",
        "[{\"role\":\"user\",\"content\":\"x\"},{\"role\":\"assistant\",\"content\":\"\"}]|messages[1]",
        "[{\"role\":\"user\",\"content\":\"x\"},{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c\",\"function\":{\"name\":\"f\",\"arguments\":\"[1]\"}}]}]|messages[1].tool_calls[0].function.arguments",
        "[{\"role\":\"user\",\"content\":\"x\"},{\"role\":\"assistant\",\"tool_calls\":[{\"function\":{\"name\":\"f\"}}]}]|messages[1].tool_calls[0].id",
        "[{\"role\":\"user\",\"content\":\"x\"},{\"role\":\"tool\",\"content\":\"r\"}]|messages[1].tool_call_id"
      })
  void refusesMessagesItCannotTranslate(String messages, String param) {
    assertThatThrownBy(() -> messages(messages, ""))
        .isInstanceOfSatisfying(
            ChatCompletionsException.class, e -> assertThat(e.param()).contains(param));
  }

  @Test
  void refusesABodyWithoutAModel() {
    assertThatThrownBy(() -> translate("{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}"))
        .isInstanceOfSatisfying(
            ChatCompletionsException.class, e -> assertThat(e.param()).contains("model"));
    assertThatThrownBy(() -> translate("[]"))
        .isInstanceOfSatisfying(
            ChatCompletionsException.class, e -> assertThat(e.param()).isEmpty());
  }
}
