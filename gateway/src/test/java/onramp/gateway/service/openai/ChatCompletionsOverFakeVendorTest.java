package onramp.gateway.service.openai;

import static onramp.gateway.service.openai.Payloads.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import onramp.gateway.Usage;
import onramp.gateway.fake.FakeVendorServer;
import onramp.gateway.fake.Script;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole way round over HTTP: a chat request translated, sent to the fake vendor as an Anthropic
 * Messages request, and its answer (whole or streamed) translated back.
 */
class ChatCompletionsOverFakeVendorTest {
  private static final ChatCompletions CHAT = ChatCompletions.using(Clock.systemUTC());
  private final HttpClient http = HttpClient.newHttpClient();
  private final FakeVendorServer fake = FakeVendorServer.start();

  @AfterEach
  void stop() {
    fake.close();
  }

  private HttpResponse<String> send(ObjectNode messagesRequest) throws Exception {
    return http.send(
        HttpRequest.newBuilder(fake.baseUri().resolve("/v1/messages"))
            .header("x-api-key", "test-key")
            .header("anthropic-version", "2023-06-01")
            .header("content-type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(messagesRequest.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void answersAWholeCompletion() throws Exception {
    JsonNode chat =
        json(
            """
            {"model":"claude-sonnet-4-5","messages":[
              {"role":"system","content":"Be brief."},
              {"role":"user","content":"Hello from a synthetic person"}]}
            """);

    HttpResponse<String> r = send(ChatCompletions.toMessages(chat));
    ObjectNode completion = CHAT.fromMessage(json(r.body()), chat);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(fake.lastReceived().json().path("system").asText()).isEqualTo("Be brief.");
    JsonNode choice = completion.path("choices").path(0);
    assertThat(choice.path("message").path("content").asText())
        .isEqualTo("Echo: Hello from a synthetic person");
    assertThat(choice.path("finish_reason").asText()).isEqualTo("stop");
    assertThat(completion.path("usage").path("prompt_tokens").asInt()).isPositive();
  }

  @Test
  void streamsACompletionWithUsage() throws Exception {
    JsonNode chat =
        json(
            """
            {"model":"claude-sonnet-4-5","stream":true,"stream_options":{"include_usage":true},
             "messages":[{"role":"user","content":"Hello from a synthetic person"}]}
            """);

    HttpResponse<String> r = send(ChatCompletions.toMessages(chat));
    ChatCompletionStream stream = CHAT.stream(chat);
    List<ObjectNode> chunks = new ArrayList<>();
    r.body()
        .lines()
        .filter(l -> l.startsWith("data:"))
        .map(l -> json(l.substring(5)))
        .forEach(e -> chunks.addAll(stream.translate(e)));

    StringBuilder text = new StringBuilder();
    chunks.forEach(
        c -> text.append(c.path("choices").path(0).path("delta").path("content").asText("")));
    assertThat(text.toString()).isEqualTo("Echo: Hello from a synthetic person");
    assertThat(chunks.get(chunks.size() - 2).path("choices").path(0).path("finish_reason").asText())
        .isEqualTo("stop");
    assertThat(chunks.get(chunks.size() - 1).path("usage").path("completion_tokens").asInt())
        .isPositive();
  }

  @Test
  void answersAJsonSchemaFormatWithTheTypedOutput() throws Exception {
    fake.enqueue(Script.output(json("{\"state\":\"CA\"}"), Usage.of(30, 8)));
    JsonNode chat =
        json(
            """
            {"model":"claude-sonnet-4-5","messages":[{"role":"user","content":"Which state?"}],
             "response_format":{"type":"json_schema","json_schema":{"name":"licence",
               "schema":{"type":"object","properties":{"state":{"type":"string"}}}}}}
            """);

    HttpResponse<String> r = send(ChatCompletions.toMessages(chat));
    ObjectNode completion = CHAT.fromMessage(json(r.body()), chat);

    JsonNode choice = completion.path("choices").path(0);
    assertThat(json(choice.path("message").path("content").asText()))
        .isEqualTo(json("{\"state\":\"CA\"}"));
    assertThat(choice.path("finish_reason").asText()).isEqualTo("stop");
  }

  @Test
  void translatesAVendorErrorIntoOpenAisShape() throws Exception {
    fake.enqueue(Script.overloaded());
    JsonNode chat = json("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}");

    HttpResponse<String> r = send(ChatCompletions.toMessages(chat));
    JsonNode anthropicError = json(r.body());

    assertThat(OpenAiErrors.status(anthropicError)).isEqualTo(r.statusCode()).isEqualTo(529);
    assertThat(OpenAiErrors.fromAnthropic(anthropicError).path("error").path("code").asText())
        .isEqualTo("overloaded");
  }
}
