package onramp.gateway.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FakeVendorOnDemandTest {
  private static final String MESSAGE =
      """
      {"model":"claude-sonnet-4-5","max_tokens":50,
       "messages":[{"role":"user","content":"Hello from a synthetic person"}]}""";

  private final HttpClient http = HttpClient.newHttpClient();
  private FakeVendorServer fake = FakeVendorServer.start();

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void echoesTheLastUserTextByDefault() throws Exception {
    HttpResponse<String> r = post("/v1/messages", MESSAGE, "");

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = WireFormats.JSON.readTree(r.body());
    assertThat(body.at("/content/0/text").asText())
        .isEqualTo("Echo: Hello from a synthetic person");
    assertThat(body.at("/usage/input_tokens").asInt()).isPositive();
  }

  @Test
  void failsOneRequestWhenTheClientAsksInAHeader() throws Exception {
    HttpResponse<String> overloaded = post("/v1/messages", MESSAGE, "529");
    HttpResponse<String> next = post("/v1/messages", MESSAGE, "");

    assertThat(overloaded.statusCode()).isEqualTo(529);
    assertThat(WireFormats.JSON.readTree(overloaded.body()).at("/error/type").asText())
        .isEqualTo("overloaded_error");
    assertThat(next.statusCode()).isEqualTo(200);
  }

  @Test
  void queuesAFailureForTheNextCallThroughTheControlPath() throws Exception {
    assertThat(post(FailOnDemand.CONTROL_PATH, "429", "").statusCode()).isEqualTo(200);

    HttpResponse<String> limited = post("/v1/chat/completions", MESSAGE, "");

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("retry-after")).hasValue("1");
    assertThat(post("/v1/chat/completions", MESSAGE, "").statusCode()).isEqualTo(200);
  }

  @Test
  void answersMalformedBodiesAndAnyStatusOnRequest() throws Exception {
    assertThat(post("/v1/messages", MESSAGE, "malformed").body()).startsWith("<html>");
    assertThat(post("/v1/messages", MESSAGE, "503").statusCode()).isEqualTo(503);
  }

  @Test
  void refusesAWordItDoesNotKnowAndSaysWhichItDoes() throws Exception {
    HttpResponse<String> r = post(FailOnDemand.CONTROL_PATH, "explode", "");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("429, 529").contains("'explode'");
    assertThatThrownBy(() -> FailOnDemand.parse("200"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void answersAnUnknownWordInTheHeaderWithAClearErrorInTheWiresFormat() throws Exception {
    HttpResponse<String> r = post("/v1/messages", MESSAGE, "explode");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(WireFormats.JSON.readTree(r.body()).at("/error/message").asText())
        .contains("429, 529")
        .contains("'explode'");
  }

  @Test
  void recordsEachRequestAsOneJsonFileWithoutCredentials(@TempDir Path dir) throws Exception {
    fake.recordTo(dir.resolve("requests"));

    post("/v1/messages", MESSAGE, "");
    post("/v1/chat/completions", MESSAGE, "");

    List<Path> files;
    try (var s = Files.list(dir.resolve("requests"))) {
      files = s.sorted().toList();
    }
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("000001-anthropic.json", "000002-openai.json");
    JsonNode first = WireFormats.JSON.readTree(files.get(0).toFile());
    assertThat(first.at("/path").asText()).isEqualTo("/v1/messages");
    assertThat(first.at("/headers/x-api-key").asText()).isEqualTo("<redacted>");
    assertThat(first.at("/body/messages/0/content").asText())
        .isEqualTo("Hello from a synthetic person");
    assertThat(Files.readString(files.get(0))).doesNotContain("sk-test-key");
  }

  @Test
  void listensOnTheLoopbackPortItIsGiven() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    fake.close();
    fake = FakeVendorServer.start(port);

    assertThat(fake.baseUri()).isEqualTo(URI.create("http://127.0.0.1:" + port));
    assertThat(post("/v1/messages", MESSAGE, "").statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> post(String path, String body, String fail)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(fake.baseUri().resolve(path))
            .header("content-type", "application/json")
            .header("x-api-key", "sk-test-key")
            .header("authorization", "Bearer sk-test-key")
            .header("anthropic-version", "2023-06-01")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (!fail.isEmpty()) {
      b.header(FailOnDemand.HEADER, fail);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
