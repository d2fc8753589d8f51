package onramp.gateway.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import onramp.gateway.StopReason;
import onramp.gateway.Usage;

/**
 * A fake model vendor on a random loopback port. Each request takes the next queued {@link Script};
 * with none queued it answers {@code Echo: <last user text>} with {@link #defaultUsage}. Requests
 * are checked the way the vendor checks them (credentials present, Bedrock's body shape) and
 * recorded in arrival order.
 */
public final class FakeVendorServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final ConcurrentLinkedQueue<Script> scripts = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<ReceivedRequest> received = new ConcurrentLinkedQueue<>();
  private final AtomicLong ids = new AtomicLong();
  private volatile Usage defaultUsage = new Usage(12, 7, 0, 0, 0);
  private final java.util.concurrent.atomic.AtomicReference<Usage> billed =
      new java.util.concurrent.atomic.AtomicReference<>(Usage.NONE);
  private volatile boolean recording = true;
  private final java.util.Set<String> cached = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private volatile Optional<RequestLog> log = Optional.empty();

  private FakeVendorServer(HttpServer server) {
    this.server = server;
  }

  /** Starts a server on 127.0.0.1 and a free port. */
  public static FakeVendorServer start() {
    return start(0);
  }

  /**
   * Starts a server on 127.0.0.1 and {@code port} (0: a free one).
   *
   * @throws UncheckedIOException when the port is taken
   */
  public static FakeVendorServer start(int port) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
      FakeVendorServer fake = new FakeVendorServer(server);
      server.createContext("/", fake::handle);
      server.setExecutor(fake.executor);
      server.start();
      return fake;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the fake vendor server on loopback", e);
    }
  }

  /** {@code http://127.0.0.1:PORT}, the base URL for any of the wires. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public FakeVendorServer enqueue(Script... next) {
    scripts.addAll(List.of(next));
    return this;
  }

  public FakeVendorServer defaultUsage(Usage usage) {
    this.defaultUsage = usage;
    return this;
  }

  /** Turns recording off (benchmarks) or on. */
  public FakeVendorServer recording(boolean on) {
    this.recording = on;
    return this;
  }

  /**
   * Also writes every request received from now on to {@code dir}, one JSON file each, numbered in
   * arrival order; credentials in headers are written as {@code <redacted>}.
   */
  public FakeVendorServer recordTo(java.nio.file.Path dir) {
    this.log = Optional.of(RequestLog.in(dir));
    return this;
  }

  /**
   * The usage of every answer sent, as a vendor would bill it (a complete answer; an unreadable or
   * interrupted answer bills nothing here, which a real vendor might not do).
   */
  public Usage billed() {
    return billed.get();
  }

  public List<ReceivedRequest> received() {
    return List.copyOf(received);
  }

  public ReceivedRequest lastReceived() {
    List<ReceivedRequest> all = received();
    if (all.isEmpty()) {
      throw new IllegalStateException("the fake vendor server has received no request");
    }
    return all.get(all.size() - 1);
  }

  public void reset() {
    scripts.clear();
    received.clear();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      if (path.equals(FailOnDemand.CONTROL_PATH) && "POST".equals(ex.getRequestMethod())) {
        control(ex, body);
        return;
      }
      if ((path.equals("/v1/messages/count_tokens") || path.endsWith("/count-tokens"))
          && "POST".equals(ex.getRequestMethod())) {
        send(ex, 200, "{\"input_tokens\":" + defaultUsage.input() + "}", Map.of());
        return;
      }
      Optional<Wire> wire = wireOf(ex.getRequestMethod(), path);
      if (wire.isEmpty()) {
        send(ex, 404, "{\"message\":\"no such endpoint: " + path + "\"}", Map.of());
        return;
      }
      ReceivedRequest req = new ReceivedRequest(wire.get(), path, headers(ex), body);
      if (recording) {
        received.add(req);
      }
      log.ifPresent(
          l -> {
            try {
              l.write(req);
            } catch (UncheckedIOException e) {
              System.err.println("fake vendor: " + e.getMessage());
            }
          });
      Optional<String> refusal = Checks.refusal(req);
      if (refusal.isPresent()) {
        int status =
            refusal.get().startsWith("auth:") ? (wire.get() == Wire.BEDROCK ? 403 : 401) : 400;
        respondFailure(ex, req, new Script.Failure(status, Optional.empty(), refusal.get()));
        return;
      }
      Optional<Script> asked;
      try {
        asked =
            req.header(FailOnDemand.HEADER)
                .or(() -> bodyField(req, FailOnDemand.BODY_FIELD))
                .map(FailOnDemand::parse);
      } catch (IllegalArgumentException e) {
        respondFailure(
            ex,
            req,
            new Script.Failure(
                400,
                Optional.empty(),
                Objects.requireNonNullElse(e.getMessage(), "unknown " + FailOnDemand.HEADER)));
        return;
      }
      Script script =
          asked.or(() -> Optional.ofNullable(scripts.poll())).orElseGet(() -> echo(req));
      respond(ex, req, script);
    } catch (IOException e) {
      // the client went away (timed out); nothing to answer
    }
  }

  private void respond(HttpExchange ex, ReceivedRequest req, Script script) throws IOException {
    switch (script) {
      case Script.Reply r -> {
        billed.accumulateAndGet(r.usage(), Usage::plus);
        String id = Long.toString(ids.incrementAndGet());
        if (streaming(req)) {
          sendStream(ex, req, r, id);
        } else {
          String body = WireFormats.reply(req.wire(), r, jsonOrEmpty(req), id);
          send(ex, 200, body, requestIdHeader(req.wire(), id));
        }
      }
      case Script.Failure f -> respondFailure(ex, req, f);
      case Script.Slow s -> {
        try {
          Thread.sleep(s.delay());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        respond(ex, req, s.then());
      }
      case Script.Malformed m -> send(ex, 200, m.body(), Map.of());
      case Script.Interrupted i -> {
        String id = Long.toString(ids.incrementAndGet());
        if (streaming(req)) {
          sendInterrupted(ex, req, i, id);
        } else {
          respondFailure(ex, req, new Script.Failure(529, Optional.empty(), i.message()));
        }
      }
    }
  }

  private void respondFailure(HttpExchange ex, ReceivedRequest req, Script.Failure f)
      throws IOException {
    WireFormats.ErrorReply e = WireFormats.error(req.wire(), f.status(), f.message());
    Map<String, String> headers = new HashMap<>(e.headers());
    headers.putAll(requestIdHeader(req.wire(), Long.toString(ids.incrementAndGet())));
    f.retryAfter()
        .ifPresent(
            d ->
                headers.put(
                    "retry-after", Long.toString(Math.max(0, (d.toMillis() + 999) / 1000))));
    send(ex, f.status(), e.body(), headers);
  }

  /** {@code POST /_fake/next} with {@code 529}, {@code timeout}… queues that for the next call. */
  private void control(HttpExchange ex, String body) throws IOException {
    try {
      scripts.add(FailOnDemand.parse(body.strip()));
      send(ex, 200, "{\"queued\":" + scripts.size() + "}", Map.of());
    } catch (IllegalArgumentException e) {
      send(
          ex,
          400,
          WireFormats.JSON.createObjectNode().put("message", e.getMessage()).toString(),
          Map.of());
    }
  }

  /**
   * The default answer: "Echo: " and the last user text, with the default usage. Two extras make
   * pass-through features visible end to end: with {@code tools} in the request and a last user
   * text starting "call a tool", the answer is a {@code tool_use} of the first tool (or the one
   * {@code tool_choice} names) with input {@code {"echo": text}}; and a request carrying {@code
   * cache_control} reports its system prompt (a quarter of its bytes, as tokens) as written to the
   * prompt cache the first time (5-minute or 1-hour writes, as the marker asks) and read from it
   * afterwards.
   */
  private Script echo(ReceivedRequest req) {
    JsonNode request = jsonOrEmpty(req);
    JsonNode messages = request.path("messages");
    JsonNode last = messages.path(messages.size() - 1).path("content");
    StringBuilder text = new StringBuilder();
    if (last.isTextual()) {
      text.append(last.asText());
    } else {
      last.forEach(b -> text.append(b.path("text").asText("")));
    }
    Usage usage = cacheAware(request, defaultUsage);
    if (request.path("tools").size() > 0 && text.toString().startsWith("call a tool")) {
      return new Script.Reply(
          "",
          usage,
          Optional.of(WireFormats.JSON.createObjectNode().put("echo", text.toString())),
          StopReason.TOOL_USE);
    }
    return new Script.Reply("Echo: " + text, usage, Optional.empty(), StopReason.END_TURN);
  }

  private Usage cacheAware(JsonNode request, Usage base) {
    JsonNode system = request.path("system");
    if (!request.toString().contains("\"cache_control\"") || system.isMissingNode()) {
      return base;
    }
    long tokens = Math.max(1, system.toString().getBytes(StandardCharsets.UTF_8).length / 4);
    boolean oneHour = system.toString().contains("\"ttl\":\"1h\"");
    if (cached.add(system.toString())) {
      return new Usage(base.input(), base.output(), 0, oneHour ? 0 : tokens, oneHour ? tokens : 0);
    }
    return new Usage(base.input(), base.output(), tokens, 0, 0);
  }

  private static Optional<String> bodyField(ReceivedRequest req, String field) {
    JsonNode v = jsonOrEmpty(req).path(field);
    return v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
  }

  private static boolean streaming(ReceivedRequest req) {
    return req.path().endsWith("/invoke-with-response-stream")
        || jsonOrEmpty(req).path("stream").asBoolean(false);
  }

  private static void sendStream(HttpExchange ex, ReceivedRequest req, Script.Reply r, String id)
      throws IOException {
    JsonNode request = jsonOrEmpty(req);
    byte[] body =
        switch (req.wire()) {
          case ANTHROPIC -> Streams.sse(Streams.anthropicEvents(r, request, id));
          case BEDROCK -> Streams.eventStream(Streams.anthropicEvents(r, request, id));
          case OPENAI -> Streams.openAiChunks(r, request, id);
        };
    if (req.wire() == Wire.BEDROCK) {
      ex.getResponseHeaders().set("content-type", "application/vnd.amazon.eventstream");
      ex.getResponseHeaders().set("x-amzn-bedrock-content-type", "application/json");
    } else {
      ex.getResponseHeaders().set("content-type", "text/event-stream; charset=utf-8");
    }
    requestIdHeader(req.wire(), id).forEach((k, v) -> ex.getResponseHeaders().set(k, v));
    ex.sendResponseHeaders(200, 0);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static void sendInterrupted(
      HttpExchange ex, ReceivedRequest req, Script.Interrupted i, String id) throws IOException {
    List<ObjectNode> events = Streams.anthropicEvents(i.reply(), jsonOrEmpty(req), id);
    List<ObjectNode> sent = events.subList(0, Math.min(i.events(), events.size()));
    byte[] before;
    byte[] failure;
    switch (req.wire()) {
      case ANTHROPIC -> {
        before = Streams.sse(sent);
        failure = Streams.sse(Streams.withError(List.of(), i.message()));
      }
      case BEDROCK -> {
        before = Streams.eventStream(sent);
        failure = Streams.eventStreamException(i.message());
      }
      case OPENAI -> {
        before = Streams.openAiChunks(i.reply(), jsonOrEmpty(req), id);
        failure = new byte[0];
      }
      default -> throw new IllegalStateException("unknown wire " + req.wire());
    }
    if (req.wire() == Wire.BEDROCK) {
      ex.getResponseHeaders().set("content-type", "application/vnd.amazon.eventstream");
      ex.getResponseHeaders().set("x-amzn-bedrock-content-type", "application/json");
    } else {
      ex.getResponseHeaders().set("content-type", "text/event-stream; charset=utf-8");
    }
    requestIdHeader(req.wire(), id).forEach((k, v) -> ex.getResponseHeaders().set(k, v));
    ex.sendResponseHeaders(200, 0);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(before);
      out.flush();
      try {
        Thread.sleep(200); // the client has the first part before the outage
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      out.write(failure);
    }
  }

  private static Map<String, String> requestIdHeader(Wire wire, String id) {
    return switch (wire) {
      case ANTHROPIC -> Map.of("request-id", "req_fake" + id);
      case BEDROCK -> Map.of("x-amzn-RequestId", "00000000-fake-" + id);
      case OPENAI -> Map.of("x-request-id", "req-fake-" + id);
    };
  }

  private static JsonNode jsonOrEmpty(ReceivedRequest req) {
    try {
      return req.json();
    } catch (UncheckedIOException e) {
      return WireFormats.JSON.createObjectNode();
    }
  }

  private static Optional<Wire> wireOf(String method, String path) {
    if (!"POST".equals(method)) {
      return Optional.empty();
    }
    if (path.equals("/v1/messages")) {
      return Optional.of(Wire.ANTHROPIC);
    }
    if (path.equals("/v1/chat/completions") || path.equals("/chat/completions")) {
      return Optional.of(Wire.OPENAI);
    }
    if (path.startsWith("/model/")
        && (path.endsWith("/invoke") || path.endsWith("/invoke-with-response-stream"))) {
      return Optional.of(Wire.BEDROCK);
    }
    return Optional.empty();
  }

  private static Map<String, List<String>> headers(HttpExchange ex) {
    Map<String, List<String>> out = new HashMap<>();
    ex.getRequestHeaders()
        .forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), new ArrayList<>(v)));
    return out;
  }

  private static void send(HttpExchange ex, int status, String body, Map<String, String> headers)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("content-type", "application/json");
    headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
