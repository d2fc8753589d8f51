package onramp.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.errors.PermissionDeniedException;
import com.anthropic.errors.RateLimitException;
import com.anthropic.errors.UnauthorizedException;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCountTokensParams;
import com.anthropic.models.messages.MessageCreateParams;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import onramp.gateway.DataClass;
import onramp.gateway.GatewayFixture;
import onramp.gateway.Usage;
import onramp.gateway.audit.AuditRecord;
import onramp.gateway.audit.Outcome;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.keys.InMemoryKeyStore;
import onramp.gateway.keys.IssuedKey;
import onramp.gateway.keys.KeyGrant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service end to end on loopback: a real HTTP server in front of the governed gateway, the fake
 * vendor behind it, and the official Anthropic Java SDK (or plain HTTP) as the client.
 */
class GatewayServiceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GatewayFixture fx;
  private InMemoryKeyStore keys;
  private GatewayServer server;
  private IssuedKey key;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    fx = new GatewayFixture();
    fx.budgets.setLimit(BudgetKey.team("support"), new BigDecimal("10"));
    fx.budgets.setLimit(BudgetKey.tool("helpdesk"), new BigDecimal("10"));
    keys = InMemoryKeyStore.create(fx.clock);
    key = keys.issue(grant(Set.of(), DataClass.CUSTOMER, Optional.empty(), Optional.empty()));
    server =
        GatewayServer.startOnLoopback(
            GatewayService.create(fx.gateway, keys, fx.clock, Duration.ofSeconds(5), 1024 * 1024),
            0);
  }

  @AfterEach
  void stop() {
    server.close();
    fx.close();
  }

  private static KeyGrant grant(
      Set<String> models, DataClass max, Optional<BigDecimal> budget, Optional<Integer> rpm) {
    return new KeyGrant(
        "support", "helpdesk", Optional.of("sam"), models, max, budget, rpm, Optional.empty());
  }

  private AnthropicClient sdk(String apiKey) {
    return AnthropicOkHttpClient.builder()
        .baseUrl(server.baseUri().toString())
        .apiKey(apiKey)
        .maxRetries(0)
        .build();
  }

  /** One small Messages call with the SDK, for the error cases. */
  private static Message askOnce(AnthropicClient client) {
    return client
        .messages()
        .create(
            MessageCreateParams.builder()
                .model("claude-sonnet-4-5")
                .maxTokens(10)
                .addUserMessage("x")
                .build());
  }

  private HttpResponse<String> post(String path, String body, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(server.baseUri().resolve(path))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .header("content-type", "application/json");
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String hello(String text) {
    return "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":100,\"messages\":[{\"role\":\"user\","
        + "\"content\":"
        + JSON.valueToTree(text)
        + "}]}";
  }

  @Test
  void theOfficialJavaSdkCallsThroughTheGatewayWithAVirtualKey() {
    {
      AnthropicClient client = sdk(key.secret());
      Message m =
          client
              .messages()
              .create(
                  MessageCreateParams.builder()
                      .model("claude-sonnet-4-5")
                      .maxTokens(100)
                      .system("Be brief.")
                      .addUserMessage("Where is my lost umbrella?")
                      .build());
      assertThat(m.content().get(0).asText().text()).isEqualTo("Echo: Where is my lost umbrella?");
      assertThat(m.model().asString()).isEqualTo("claude-sonnet-4-5");
      assertThat(m.usage().inputTokens()).isEqualTo(12);
    }
    // the vendor saw its own model id; the audit names the key, team, tool and person
    assertThat(fx.fake.lastReceived().json().path("model").asText())
        .isEqualTo("claude-sonnet-4-5-20250929");
    AuditRecord a = fx.audit.latest(1).get(0);
    assertThat(a.caller().key().orElseThrow().id()).isEqualTo(key.key().id().toString());
    assertThat(a.caller().team()).isEqualTo("support");
    assertThat(a.caller().user()).isEqualTo("sam");
    assertThat(a.outcome()).isEqualTo(Outcome.OK);
    assertThat(a.cost()).isPositive();
  }

  @Test
  void streamsEventsAsAnthropicSendsThemAndTheSdkAccumulatesThem() {
    AnthropicClient client = sdk(key.secret());
    try (var stream =
        client
            .messages()
            .createStreaming(
                MessageCreateParams.builder()
                    .model("claude-sonnet-4-5")
                    .maxTokens(100)
                    .addUserMessage("stream me")
                    .build())) {
      StringBuilder text = new StringBuilder();
      List<String> types = new java.util.ArrayList<>();
      stream.stream()
          .forEach(
              e -> {
                types.add(e.isMessageStart() ? "message_start" : e.isMessageStop() ? "stop" : "x");
                e.contentBlockDelta()
                    .flatMap(d -> d.delta().text())
                    .ifPresent(t -> text.append(t.text()));
              });
      assertThat(text.toString()).isEqualTo("Echo: stream me");
      assertThat(types).startsWith("message_start").endsWith("stop");
    }
    assertThat(fx.audit.latest(1).get(0).usage().output()).isEqualTo(7);
  }

  @Test
  void countsTokensAndListsOnlyTheModelsTheKeyMayCall() {
    {
      AnthropicClient client = sdk(key.secret());
      long n =
          client
              .messages()
              .countTokens(
                  MessageCountTokensParams.builder()
                      .model("claude-sonnet-4-5")
                      .addUserMessage("how many?")
                      .build())
              .inputTokens();
      assertThat(n).isEqualTo(12);
      List<String> ids = client.models().list().data().stream().map(m -> m.id()).toList();
      // haiku has no adapter here; llama needs an exception for another purpose
      assertThat(ids).containsExactly("claude-sonnet-4-5");
    }
  }

  @Test
  void customerDataIsMaskedOnTheWayOutAndRestoredInTheAnswer() throws Exception {
    HttpResponse<String> r =
        post(
            "/v1/messages",
            hello("Reply to rider jane.doe@example.com about her refund"),
            Map.of("x-api-key", key.secret(), "x-data-class", "CUSTOMER"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(r.body()).path("content").path(0).path("text").asText())
        .isEqualTo("Echo: Reply to rider jane.doe@example.com about her refund");
    String sent = fx.fake.lastReceived().body();
    assertThat(sent).doesNotContain("jane.doe@example.com").contains("[EMAIL_1]");
  }

  @Test
  void toolUseAndToolResultsPassThrough() throws Exception {
    String tools =
        "\"tools\":[{\"name\":\"trip_lookup\",\"description\":\"Find a trip\","
            + "\"input_schema\":{\"type\":\"object\",\"properties\":{\"echo\":{\"type\":\"string\"}}}}]";
    HttpResponse<String> first =
        post(
            "/v1/messages",
            "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":100,"
                + tools
                + ",\"messages\":[{\"role\":\"user\",\"content\":\"call a tool for trip 42\"}]}",
            Map.of("authorization", "Bearer " + key.secret()));
    JsonNode answer = JSON.readTree(first.body());
    assertThat(answer.path("stop_reason").asText()).isEqualTo("tool_use");
    JsonNode use = answer.path("content").path(0);
    assertThat(use.path("name").asText()).isEqualTo("trip_lookup");
    assertThat(use.path("input").path("echo").asText()).isEqualTo("call a tool for trip 42");

    String second =
        "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":100,"
            + tools
            + ",\"messages\":[{\"role\":\"user\",\"content\":\"call a tool for trip 42\"},"
            + "{\"role\":\"assistant\",\"content\":["
            + use
            + "]},{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":"
            + use.path("id")
            + ",\"content\":\"trip 42: 3 km\"}]}]}";
    HttpResponse<String> r = post("/v1/messages", second, Map.of("x-api-key", key.secret()));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode sent = fx.fake.lastReceived().json();
    assertThat(sent.path("tools").path(0).path("name").asText()).isEqualTo("trip_lookup");
    assertThat(sent.path("messages").path(2).path("content").path(0).path("type").asText())
        .isEqualTo("tool_result");
  }

  @Test
  void cacheControlPassesThroughAndCacheWritesAndReadsAreMeteredApart() throws Exception {
    String body =
        "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":100,\"system\":[{\"type\":\"text\","
            + "\"text\":\"You answer rider complaints for Theoretical Ride Sharing.\","
            + "\"cache_control\":{\"type\":\"ephemeral\",\"ttl\":\"1h\"}}],"
            + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    post("/v1/messages", body, Map.of("x-api-key", key.secret()));
    HttpResponse<String> second = post("/v1/messages", body, Map.of("x-api-key", key.secret()));
    assertThat(fx.fake.lastReceived().json().path("system").path(0).path("cache_control"))
        .isEqualTo(JSON.readTree("{\"type\":\"ephemeral\",\"ttl\":\"1h\"}"));
    List<AuditRecord> calls = fx.audit.latest(2);
    Usage written = calls.get(1).usage();
    Usage read = calls.get(0).usage();
    assertThat(written.cacheWrite1h()).isPositive();
    assertThat(written.cacheRead()).isZero();
    assertThat(read.cacheRead()).isEqualTo(written.cacheWrite1h());
    // each is priced by the table, category by category
    assertThat(calls.get(1).cost())
        .isEqualTo(fx.gateway.prices().cost("claude-sonnet-4-5", written));
    assertThat(calls.get(0).cost()).isEqualTo(fx.gateway.prices().cost("claude-sonnet-4-5", read));
    assertThat(JSON.readTree(second.body()).path("usage").path("cache_read_input_tokens").asLong())
        .isEqualTo(read.cacheRead());
  }

  @Test
  void keysAreCheckedAndErrorsComeInAnthropicsShapeSoTheSdkMapsThem() throws Exception {
    {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> askOnce(sdk("onr_not-a-real-key")))
          .isInstanceOf(UnauthorizedException.class)
          .hasMessageContaining("no such virtual key");
    }
    HttpResponse<String> none = post("/v1/messages", hello("x"), Map.of());
    assertThat(none.statusCode()).isEqualTo(401);
    JsonNode e = JSON.readTree(none.body());
    assertThat(e.path("type").asText()).isEqualTo("error");
    assertThat(e.path("error").path("type").asText()).isEqualTo("authentication_error");

    keys.revoke(key.key().id());
    HttpResponse<String> revoked =
        post("/v1/messages", hello("x"), Map.of("x-api-key", key.secret()));
    // remembered for up to the cache's 5 s; a fresh service sees the revocation at once
    server.close();
    server =
        GatewayServer.startOnLoopback(
            GatewayService.create(fx.gateway, keys, fx.clock, Duration.ofSeconds(5), 1024 * 1024),
            0);
    revoked = post("/v1/messages", hello("x"), Map.of("x-api-key", key.secret()));
    assertThat(revoked.statusCode()).isEqualTo(401);
    assertThat(revoked.body()).contains("was revoked");
  }

  @Test
  void aKeyLimitsModelsAndDataClassesWith403() throws Exception {
    IssuedKey narrow =
        keys.issue(
            grant(
                Set.of("claude-haiku-4-5"),
                DataClass.INTERNAL,
                Optional.empty(),
                Optional.empty()));
    {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> askOnce(sdk(narrow.secret())))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageContaining("may call only [claude-haiku-4-5]");
    }
    HttpResponse<String> r =
        post(
            "/v1/messages",
            hello("x"),
            Map.of("x-api-key", key.secret(), "x-data-class", "RESTRICTED"));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("up to CUSTOMER, not RESTRICTED");
    HttpResponse<String> bad =
        post(
            "/v1/messages",
            hello("x"),
            Map.of("x-api-key", key.secret(), "x-data-class", "SECRET"));
    assertThat(bad.statusCode()).isEqualTo(400);
    HttpResponse<String> unknown =
        post(
            "/v1/messages",
            hello("x").replace("claude-sonnet-4-5", "gpt-9"),
            Map.of("x-api-key", key.secret()));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(unknown.body()).path("error").path("type").asText())
        .isEqualTo("not_found_error");
  }

  @Test
  void budgetsAndRateLimitsAnswer429WithRetryAfter() throws Exception {
    IssuedKey tiny =
        keys.issue(
            grant(
                Set.of(),
                DataClass.INTERNAL,
                Optional.of(new BigDecimal("0.000001")),
                Optional.empty()));
    fx.budgets.setLimit(BudgetKey.key(tiny.key().id().toString()), new BigDecimal("0.000001"));
    HttpResponse<String> broke =
        post("/v1/messages", hello("x"), Map.of("x-api-key", tiny.secret()));
    assertThat(broke.statusCode()).isEqualTo(429);
    assertThat(broke.headers().firstValue("retry-after")).isPresent();
    assertThat(broke.headers().firstValue("x-onramp-error")).hasValue("BUDGET_EXCEEDED");

    IssuedKey slow =
        keys.issue(grant(Set.of(), DataClass.INTERNAL, Optional.empty(), Optional.of(2)));
    assertThat(post("/v1/messages", hello("1"), Map.of("x-api-key", slow.secret())).statusCode())
        .isEqualTo(200);
    assertThat(post("/v1/messages", hello("2"), Map.of("x-api-key", slow.secret())).statusCode())
        .isEqualTo(200);
    HttpResponse<String> third =
        post("/v1/messages", hello("3"), Map.of("x-api-key", slow.secret()));
    assertThat(third.statusCode()).isEqualTo(429);
    assertThat(third.headers().firstValue("x-onramp-error")).hasValue("KEY_RATE_LIMITED");
    assertThat(Integer.parseInt(third.headers().firstValue("retry-after").orElseThrow()))
        .isBetween(1, 31);
    {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> askOnce(sdk(slow.secret())))
          .isInstanceOf(RateLimitException.class);
    }
  }

  @Test
  void vendorFailuresKeepTheirMeaningForTheClientsRetryLogic() throws Exception {
    HttpResponse<String> overloaded =
        post("/v1/messages", hello("x"), Map.of("x-api-key", key.secret(), "x-fake-fail", "529"));
    // the fail header is not forwarded: use the fake's queue instead
    assertThat(overloaded.statusCode()).isEqualTo(200);
    for (int i = 0; i < 3; i++) {
      fx.fake.enqueue(onramp.gateway.fake.Script.overloaded());
    }
    HttpResponse<String> r = post("/v1/messages", hello("x"), Map.of("x-api-key", key.secret()));
    assertThat(r.statusCode()).isEqualTo(529);
    assertThat(JSON.readTree(r.body()).path("error").path("type").asText())
        .isEqualTo("overloaded_error");
    // three failures opened the breaker: the next call is refused at once, also as overloaded
    HttpResponse<String> open = post("/v1/messages", hello("x"), Map.of("x-api-key", key.secret()));
    assertThat(open.statusCode()).isEqualTo(529);
    assertThat(open.headers().firstValue("x-onramp-error")).hasValue("CIRCUIT_OPEN");
    assertThat(open.headers().firstValue("retry-after")).isPresent();
    fx.clock.advance(Duration.ofSeconds(31));
    for (int i = 0; i < 3; i++) {
      fx.fake.enqueue(onramp.gateway.fake.Script.rateLimited(Duration.ofSeconds(7)));
    }
    HttpResponse<String> limited =
        post("/v1/messages", hello("x"), Map.of("x-api-key", key.secret()));
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("retry-after")).hasValue("7");
  }

  @Test
  void badBodiesGetClearErrorsAndNothingIsCharged() throws Exception {
    int audited = fx.audit.size();
    HttpResponse<String> broken =
        post("/v1/messages", "{\"model\": ", Map.of("x-api-key", key.secret()));
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(broken.body()).contains("not valid JSON");
    HttpResponse<String> noTokens =
        post(
            "/v1/messages",
            "{\"model\":\"claude-sonnet-4-5\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}",
            Map.of("x-api-key", key.secret()));
    assertThat(noTokens.statusCode()).isEqualTo(400);
    assertThat(noTokens.body()).contains("max_tokens");
    byte[] invalidUtf8 =
        "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":5,\"messages\":[{\"role\":\"user\",\"content\":\"\u00ff\"}]}"
            .getBytes(StandardCharsets.ISO_8859_1);
    HttpResponse<String> latin1 =
        http.send(
            HttpRequest.newBuilder(server.baseUri().resolve("/v1/messages"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(invalidUtf8))
                .header("x-api-key", key.secret())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(latin1.statusCode()).isEqualTo(400);
    assertThat(latin1.body()).contains("UTF-8");
    String huge = "x".repeat(2 * 1024 * 1024);
    HttpResponse<String> tooBig =
        post("/v1/messages", hello(huge), Map.of("x-api-key", key.secret()));
    assertThat(tooBig.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(tooBig.body()).path("error").path("type").asText())
        .isEqualTo("request_too_large");
    assertThat(fx.audit.size()).isEqualTo(audited);
    assertThat(fx.budgets.state(BudgetKey.team("support")).orElseThrow().spent()).isZero();
    HttpResponse<String> nowhere = post("/v1/nothing", "{}", Map.of("x-api-key", key.secret()));
    assertThat(nowhere.statusCode()).isEqualTo(404);
  }
}
