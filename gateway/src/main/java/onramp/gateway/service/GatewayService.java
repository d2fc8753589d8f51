package onramp.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import onramp.gateway.CallMetadata;
import onramp.gateway.DataClass;
import onramp.gateway.GatewayException;
import onramp.gateway.MessagesCall;
import onramp.gateway.PolicyRefusedException;
import onramp.gateway.StreamDeliveryException;
import onramp.gateway.governed.Gateway;
import onramp.gateway.keys.KeyGrant;
import onramp.gateway.keys.KeyStore;
import onramp.gateway.keys.VirtualKey;
import onramp.gateway.policy.ModelRoute;
import onramp.gateway.policy.Policy;
import onramp.gateway.service.openai.ChatCompletionStream;
import onramp.gateway.service.openai.ChatCompletions;
import onramp.gateway.service.openai.ChatCompletionsException;
import onramp.gateway.service.openai.OpenAiErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's HTTP endpoints, independent of the server hosting them. Every model call goes
 * through {@link Gateway} with the caller's key: team, tool and person from the key, the data class
 * from {@code X-Data-Class} (else the key's highest, the most protective assumption), the key's
 * model list, data-class ceiling, rate limit and own budget enforced here or in the gateway.
 */
public final class GatewayService {
  private static final Logger log = LoggerFactory.getLogger(GatewayService.class);

  /** Anthropic's own limit for a Messages request body. */
  public static final long DEFAULT_MAX_BODY_BYTES = 32L * 1024 * 1024;

  static final ObjectMapper JSON =
      JsonMapper.builder().disable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS).build();

  static {
    JSON.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(200)
                .maxStringLength((int) DEFAULT_MAX_BODY_BYTES)
                .build());
  }

  private final Gateway gateway;
  private final KeyAuthenticator keys;
  private final RateLimiter rates = new RateLimiter(System::nanoTime);
  private final Clock clock;
  private final long maxBodyBytes;
  private volatile boolean passFakeFailures;

  private GatewayService(
      Gateway gateway, KeyStore keyStore, Clock clock, Duration keyCacheTtl, long maxBodyBytes) {
    this.gateway = gateway;
    this.keys = new KeyAuthenticator(keyStore, clock, keyCacheTtl);
    this.clock = clock;
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * @param keyCacheTtl how long a key found in the store is trusted without asking again (a
   *     revocation reaches every instance within it)
   */
  public static GatewayService create(
      Gateway gateway, KeyStore keys, Clock clock, Duration keyCacheTtl, long maxBodyBytes) {
    return new GatewayService(gateway, keys, clock, keyCacheTtl, maxBodyBytes);
  }

  /**
   * Development only, when every vendor is the fake vendor ({@code ONRAMP_FAKE_VENDOR}): a client's
   * {@code x-fake-fail} header reaches the fake (as the body field {@code onramp_fake_fail}, which
   * the SDK passes through), so a client can ask for a vendor 429 or 529 through the gateway.
   */
  public GatewayService passingFakeFailures() {
    this.passFakeFailures = true;
    return this;
  }

  /** Answers one request; never throws for anything the client did. */
  public void handle(HttpCall call) throws IOException {
    String requestId = "req_onr_" + UUID.randomUUID().toString().replace("-", "");
    String path = call.path();
    boolean openAi = path.equals("/v1/chat/completions");
    try {
      switch (call.method() + " " + path) {
        case "GET /v1/models" -> models(call, requestId);
        case "POST /v1/messages" -> messages(call, requestId);
        case "POST /v1/messages/count_tokens" -> countTokens(call, requestId);
        case "POST /v1/chat/completions" -> chatCompletions(call, requestId);
        default -> {
          if (path.startsWith("/v1/models/") && call.method().equals("GET")) {
            model(call, requestId, path.substring("/v1/models/".length()));
          } else {
            throw new ServiceException(
                ApiError.notFound(
                    call.method() + " " + path + " is not an endpoint of the gateway"));
          }
        }
      }
    } catch (ServiceException e) {
      error(call, requestId, e.error(), openAi);
    } catch (GatewayException e) {
      error(call, requestId, ApiError.of(e, untilNextMonth(), clock.instant()), openAi);
    } catch (IllegalArgumentException e) {
      error(call, requestId, ApiError.badRequest(String.valueOf(e.getMessage())), openAi);
    } catch (StreamDeliveryException e) {
      log.info(
          "request {}: the client went away mid-stream; the vendor call was cancelled", requestId);
    } catch (RuntimeException e) {
      log.error("request {} failed inside the gateway", requestId, e);
      error(
          call,
          requestId,
          ApiError.of(
              500, "api_error", "INTERNAL_ERROR", "the gateway failed; request " + requestId),
          openAi);
    }
  }

  // --- endpoints ------------------------------------------------------------------------------

  private void models(HttpCall call, String requestId) throws IOException {
    VirtualKey key = keys.authenticate(call);
    ArrayNode data = JSON.createArrayNode();
    for (ModelRoute route : callable(key)) {
      data.add(modelJson(route));
    }
    ObjectNode out = JSON.createObjectNode();
    out.set("data", data);
    out.put("has_more", false);
    out.put("first_id", data.isEmpty() ? null : data.get(0).path("id").asText());
    out.put("last_id", data.isEmpty() ? null : data.get(data.size() - 1).path("id").asText());
    out.put("object", "list"); // OpenAI clients read the same list
    json(call, 200, out, requestId);
  }

  private void model(HttpCall call, String requestId, String id) throws IOException {
    VirtualKey key = keys.authenticate(call);
    ModelRoute route =
        callable(key).stream()
            .filter(r -> r.model().equals(id))
            .findFirst()
            .orElseThrow(
                () ->
                    new ServiceException(
                        ApiError.notFound("model " + id + " is not callable with this key")));
    json(call, 200, modelJson(route), requestId);
  }

  /**
   * The models this key may call now: the key's list, the allowlist and exceptions for its tool.
   */
  private java.util.List<ModelRoute> callable(VirtualKey key) {
    Policy policy = gateway.policy();
    CallMetadata probe = metadata(key, key.grant().maxDataClass());
    Instant now = clock.instant();
    java.util.List<ModelRoute> out = new java.util.ArrayList<>();
    for (ModelRoute route : policy.routes()) {
      if (!key.grant().allowsModel(route.model()) || !gateway.isAvailable(route.model())) {
        continue;
      }
      try {
        policy.admit(route.model(), probe.withDataClass(DataClass.PUBLIC), now);
        out.add(route);
      } catch (PolicyRefusedException refused) {
        // not callable for this key's purpose
      }
    }
    return out;
  }

  private static ObjectNode modelJson(ModelRoute route) {
    ObjectNode m = JSON.createObjectNode();
    m.put("type", "model");
    m.put("id", route.model());
    m.put("display_name", route.model());
    m.put("created_at", "2025-01-01T00:00:00Z");
    m.put("object", "model");
    m.put("created", 1735689600L);
    m.put("owned_by", route.vendor().id());
    return m;
  }

  private void messages(HttpCall call, String requestId) throws IOException {
    VirtualKey key = keys.authenticate(call);
    ObjectNode body = readJson(call);
    MessagesCall request = admitted(call, key, body);
    if (!request.streaming()) {
      ObjectNode answer = gateway.messages(request);
      json(call, 200, answer, requestId);
      return;
    }
    SseWriter sse = new SseWriter(call, requestId);
    try {
      gateway.streamMessages(request, sse::anthropicEvent);
    } catch (GatewayException e) {
      if (!sse.started()) {
        throw e;
      }
      sse.anthropicError(ApiError.of(e, untilNextMonth(), clock.instant()));
    }
    sse.close();
  }

  private void countTokens(HttpCall call, String requestId) throws IOException {
    VirtualKey key = keys.authenticate(call);
    ObjectNode body = readJson(call);
    if (!body.has("max_tokens")) {
      body.put("max_tokens", 1); // not part of count_tokens; the call type wants one
    }
    Gateway.TokenCount count = gateway.countTokens(admitted(call, key, body));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("content-type", "application/json");
    headers.put("request-id", requestId);
    // Bedrock cannot count through the SDK: then the figure is the gateway's upper bound
    headers.put("x-onramp-token-count", count.exact() ? "vendor" : "upper-bound");
    call.respond(
        200,
        headers,
        JSON.writeValueAsBytes(JSON.createObjectNode().put("input_tokens", count.tokens())));
  }

  /**
   * OpenAI chat completions: translated to the Messages wire, governed exactly as {@code
   * /v1/messages} (unmasking happens on the Anthropic answer, before translation back), answered as
   * a chat completion or a stream of chunks ending in {@code data: [DONE]}.
   */
  private void chatCompletions(HttpCall call, String requestId) throws IOException {
    VirtualKey key = keys.authenticate(call);
    ObjectNode chatRequest = readJson(call);
    ObjectNode body;
    try {
      body = ChatCompletions.toMessages(chatRequest);
    } catch (ChatCompletionsException e) {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("content-type", "application/json");
      headers.put("x-request-id", requestId);
      call.respond(e.status(), headers, JSON.writeValueAsBytes(OpenAiErrors.of(e)));
      return;
    }
    MessagesCall request = admitted(call, key, body);
    ChatCompletions chat = ChatCompletions.using(clock);
    if (!request.streaming()) {
      ObjectNode answer = gateway.messages(request);
      json(call, 200, chat.fromMessage(answer, chatRequest), requestId);
      return;
    }
    ChatCompletionStream translator = chat.stream(chatRequest);
    SseWriter sse = new SseWriter(call, requestId);
    try {
      gateway.streamMessages(
          request,
          event -> translator.translate(event).forEach(chunk -> sse.data(chunk.toString())));
    } catch (GatewayException e) {
      if (!sse.started()) {
        throw e;
      }
      ApiError err = ApiError.of(e, untilNextMonth(), clock.instant());
      sse.data(OpenAiErrors.of(err.status(), err.message()).toString());
      sse.close();
      return;
    }
    if (!translator.failed()) {
      sse.data(ChatCompletionStream.DONE);
    }
    sse.close();
  }

  // --- the caller -----------------------------------------------------------------------------

  /** The call as the gateway will see it, after the key's own limits. */
  MessagesCall admitted(HttpCall call, VirtualKey key, ObjectNode body) {
    if (passFakeFailures) {
      call.header("x-fake-fail").ifPresent(v -> body.put("onramp_fake_fail", v));
    }
    KeyGrant grant = key.grant();
    DataClass dataClass = dataClass(call, grant);
    MessagesCall request =
        new MessagesCall(
            body, metadata(key, dataClass), onramp.gateway.masking.MaskingContext.none());
    if (!grant.allowsModel(request.model())) {
      throw new ServiceException(
          ApiError.forbidden(
              "KEY_MODEL_NOT_ALLOWED",
              "this key may call only "
                  + new java.util.TreeSet<>(grant.models())
                  + ", not "
                  + request.model()));
    }
    grant
        .requestsPerMinute()
        .flatMap(rpm -> rates.acquire(key.id().toString(), rpm))
        .ifPresent(
            wait -> {
              throw new ServiceException(
                  ApiError.rateLimited(
                      "KEY_RATE_LIMITED",
                      "this key is limited to "
                          + grant.requestsPerMinute().get()
                          + " requests per minute; retry after the retry-after header's seconds",
                      wait));
            });
    return request;
  }

  private static DataClass dataClass(HttpCall call, KeyGrant grant) {
    Optional<String> header = call.header("x-data-class");
    if (header.isEmpty()) {
      return grant.maxDataClass();
    }
    DataClass asked;
    try {
      asked = DataClass.valueOf(header.get().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ServiceException(
          ApiError.badRequest(
              "X-Data-Class must be one of PUBLIC, INTERNAL, CUSTOMER, RESTRICTED, not '"
                  + header.get()
                  + "'"));
    }
    if (!grant.allowsData(asked)) {
      throw new ServiceException(
          ApiError.forbidden(
              "KEY_DATA_CLASS_NOT_ALLOWED",
              "this key may send data up to "
                  + grant.maxDataClass()
                  + ", not "
                  + asked
                  + "; ask for a key that covers "
                  + asked));
    }
    return asked;
  }

  private static CallMetadata metadata(VirtualKey key, DataClass dataClass) {
    KeyGrant g = key.grant();
    return CallMetadata.of(
            g.team(), g.tool(), g.user().orElse("key:" + key.hint()), dataClass, g.tool())
        .withKey(new CallMetadata.KeyRef(key.id().toString(), g.monthlyBudgetUsd().isPresent()));
  }

  // --- bodies ---------------------------------------------------------------------------------

  ObjectNode readJson(HttpCall call) throws IOException {
    byte[] bytes = readCapped(call);
    if (bytes.length == 0) {
      throw new ServiceException(ApiError.badRequest("the request body is empty; send JSON"));
    }
    JsonNode node;
    try {
      node = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new ServiceException(
          ApiError.badRequest(
              "the request body is not valid JSON (UTF-8): "
                  + e.getOriginalMessage()
                  + " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr()));
    }
    if (!(node instanceof ObjectNode o)) {
      throw new ServiceException(ApiError.badRequest("the request body must be a JSON object"));
    }
    return o;
  }

  private byte[] readCapped(HttpCall call) throws IOException {
    Optional<Long> declared = call.header("content-length").flatMap(GatewayService::parseLong);
    try (InputStream in = call.body()) {
      if (declared.isPresent() && declared.get() > maxBodyBytes) {
        drain(in);
        throw new ServiceException(tooLarge(declared.get()));
      }
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
      if (bytes.length > maxBodyBytes) {
        drain(in);
        throw new ServiceException(tooLarge(bytes.length));
      }
      return bytes;
    }
  }

  /**
   * Reads and drops what the client is still sending (up to four times the limit), so it gets the
   * 413 instead of a connection reset mid-upload; beyond that the connection is simply closed.
   */
  private void drain(InputStream in) throws IOException {
    long left = 4 * maxBodyBytes;
    byte[] buffer = new byte[64 * 1024];
    int n;
    while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
      left -= n;
    }
  }

  private ApiError tooLarge(long size) {
    return ApiError.tooLarge(
        "the request body is larger than "
            + maxBodyBytes / (1024 * 1024)
            + " MB ("
            + size / (1024 * 1024)
            + " MB sent); send fewer or smaller images or less text");
  }

  private static Optional<Long> parseLong(String s) {
    try {
      return Optional.of(Long.parseLong(s.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  // --- answers --------------------------------------------------------------------------------

  static void json(HttpCall call, int status, JsonNode body, String requestId) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("content-type", "application/json");
    headers.put("request-id", requestId);
    call.respond(status, headers, JSON.writeValueAsBytes(body));
  }

  void error(HttpCall call, String requestId, ApiError e, boolean openAi) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("content-type", "application/json");
    headers.put("request-id", requestId);
    headers.put("x-onramp-error", e.code());
    e.retryAfterSeconds().ifPresent(s -> headers.put("retry-after", s));
    if (e.code().equals("BUDGET_EXCEEDED")) {
      // retrying cannot help before budget is freed; without this the SDKs sleep for retry-after
      headers.put("x-should-retry", "false");
    }
    JsonNode body =
        !openAi
            ? e.anthropicJson(requestId)
            : e.code().equals("BUDGET_EXCEEDED")
                ? OpenAiErrors.quotaExceeded(e.message())
                : OpenAiErrors.of(e.status(), e.message());
    if (e.status() >= 500) {
      log.warn("request {} answered {} {}", requestId, e.status(), e.code());
    }
    call.respond(e.status(), headers, JSON.writeValueAsBytes(body));
  }

  Duration untilNextMonth() {
    LocalDate first = LocalDate.now(clock.withZone(ZoneOffset.UTC)).withDayOfMonth(1).plusMonths(1);
    return Duration.between(clock.instant(), first.atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  /** Server-sent events, headers sent with the first event (so an early failure is plain JSON). */
  static final class SseWriter {
    private final HttpCall call;
    private final String requestId;
    private Optional<OutputStream> out = Optional.empty();

    SseWriter(HttpCall call, String requestId) {
      this.call = call;
      this.requestId = requestId;
    }

    boolean started() {
      return out.isPresent();
    }

    void anthropicEvent(ObjectNode event) {
      write("event: " + event.path("type").asText() + "\ndata: " + event + "\n\n");
    }

    void data(String data) {
      write("data: " + data + "\n\n");
    }

    void anthropicError(ApiError e) {
      write("event: error\ndata: " + e.anthropicJson(requestId) + "\n\n");
    }

    void write(String chunk) {
      try {
        if (out.isEmpty()) {
          Map<String, String> headers = new LinkedHashMap<>();
          headers.put("content-type", "text/event-stream; charset=utf-8");
          headers.put("cache-control", "no-cache");
          headers.put("request-id", requestId);
          out = Optional.of(call.stream(200, headers));
        }
        OutputStream o = out.get();
        o.write(chunk.getBytes(StandardCharsets.UTF_8));
        o.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void close() throws IOException {
      if (out.isPresent()) {
        out.get().close();
      }
    }
  }
}
