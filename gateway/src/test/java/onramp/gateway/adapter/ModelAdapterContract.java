package onramp.gateway.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import onramp.gateway.CallMetadata;
import onramp.gateway.Content;
import onramp.gateway.DataClass;
import onramp.gateway.Delta;
import onramp.gateway.Message;
import onramp.gateway.ModelAdapter;
import onramp.gateway.ModelRequest;
import onramp.gateway.ModelResponse;
import onramp.gateway.OutputSchema;
import onramp.gateway.StopReason;
import onramp.gateway.Usage;
import onramp.gateway.VendorException;
import onramp.gateway.fake.FakeVendorServer;
import onramp.gateway.fake.ReceivedRequest;
import onramp.gateway.fake.Script;
import onramp.gateway.fake.Wire;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The contract every model adapter keeps, proven through the fake vendor server speaking the
 * adapter's wire format. A new vendor is added by subclassing this test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ModelAdapterContract {
  protected static final Duration TIMEOUT = Duration.ofMillis(700);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CallMetadata META =
      CallMetadata.of("onboarding", "licence-reader", "u-1", DataClass.INTERNAL, "contract");

  protected FakeVendorServer fake;
  private ModelAdapter adapter;

  /**
   * The adapter under test, pointed at the fake server, with a per-attempt timeout of {@link
   * #TIMEOUT}.
   */
  protected abstract ModelAdapter adapter(URI fakeBaseUri);

  protected abstract Wire wire();

  /** The vendor model id the adapter is called with. */
  protected abstract String vendorModelId();

  /** Whether the wire reports cache writes (OpenAI's does not). */
  protected boolean reportsCacheWrites() {
    return true;
  }

  /** Checks the credentials the adapter sent. */
  protected abstract void assertCredentialsSent(ReceivedRequest request);

  @BeforeAll
  void startFake() {
    fake = FakeVendorServer.start();
    adapter = adapter(fake.baseUri());
  }

  @AfterAll
  void stopFake() {
    adapter.close();
    fake.close();
  }

  @BeforeEach
  void resetFake() {
    fake.reset();
  }

  private ModelRequest.Builder request() {
    return ModelRequest.builder(vendorModelId(), META).maxTokens(300);
  }

  @Test
  void sendsSystemAndMessagesAndReturnsTextWithUsage() {
    fake.enqueue(Script.reply("Bonjour", new Usage(100, 20, 30, 40, 50)));

    ModelResponse r =
        adapter.doCall(
            request()
                .system("Translate to French.")
                .user("Hello")
                .message(Message.assistant("Salut"))
                .user("Good morning")
                .temperature(0.2)
                .build());

    assertThat(r.text()).isEqualTo("Bonjour");
    assertThat(r.stopReason()).isEqualTo(StopReason.END_TURN);
    assertThat(r.usage())
        .isEqualTo(
            reportsCacheWrites() ? new Usage(100, 20, 30, 40, 50) : new Usage(100, 20, 30, 0, 0));
    assertThat(r.vendorRequestId()).isNotBlank();
    ReceivedRequest sent = fake.lastReceived();
    assertThat(sent.wire()).isEqualTo(wire());
    assertThat(sent.body())
        .contains("Translate to French.", "Hello", "Salut", "Good morning", "300");
    assertThat(sent.json().path("temperature").asDouble()).isEqualTo(0.2);
    assertCredentialsSent(sent);
  }

  @Test
  void sendsImagesAsBase64() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

    adapter.doCall(
        request()
            .message(Message.user(Content.text("Read this"), Content.image(png, "image/png")))
            .build());

    assertThat(fake.lastReceived().body())
        .contains(java.util.Base64.getEncoder().encodeToString(png))
        .contains("image/png");
  }

  @Test
  void returnsTypedOutputAndSendsTheSchema() throws Exception {
    JsonNode schema =
        JSON.readTree(
            "{\"type\":\"object\",\"properties\":{\"licenceNumber\":{\"type\":\"string\"}},"
                + "\"required\":[\"licenceNumber\"]}");
    JsonNode answer = JSON.readTree("{\"licenceNumber\":\"D1234567\"}");
    fake.enqueue(Script.output(answer, Usage.of(50, 10)));

    ModelResponse r =
        adapter.doCall(
            request()
                .user("Read the licence")
                .output(OutputSchema.of("licence", "Licence fields", schema))
                .build());

    assertThat(r.output()).contains(answer);
    assertThat(fake.lastReceived().body()).contains("licenceNumber", "\"licence\"");
  }

  @ParameterizedTest(name = "HTTP {0} is {1}, retryable={2}")
  @CsvSource({
    "400, BAD_REQUEST, false",
    "401, UNAUTHORIZED, false",
    "413, TOO_LARGE, false",
    "429, RATE_LIMITED, true",
    "500, SERVER_ERROR, true",
    "529, OVERLOADED, true"
  })
  void mapsVendorErrors(int status, VendorException.Kind kind, boolean retryable) {
    fake.enqueue(Script.failure(status, "scripted failure"));

    VendorException e =
        catchThrowableOfType(
            VendorException.class, () -> adapter.doCall(request().user("Hi").build()));

    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.retryable()).isEqualTo(retryable);
  }

  @Test
  void rateLimitCarriesRetryAfter() {
    fake.enqueue(Script.rateLimited(Duration.ofSeconds(7)));

    VendorException e =
        catchThrowableOfType(
            VendorException.class, () -> adapter.doCall(request().user("Hi").build()));

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
  }

  @Test
  void malformedBodyIsReportedAsMalformed() {
    fake.enqueue(Script.malformed("{\"id\": 42, \"content\": "));

    VendorException e =
        catchThrowableOfType(
            VendorException.class, () -> adapter.doCall(request().user("Hi").build()));

    assertThat(e.kind()).isEqualTo(VendorException.Kind.MALFORMED_RESPONSE);
  }

  @Test
  void slowResponseTimesOut() {
    fake.enqueue(Script.slow(TIMEOUT.multipliedBy(3), Script.reply("late", Usage.of(1, 1))));

    VendorException e =
        catchThrowableOfType(
            VendorException.class, () -> adapter.doCall(request().user("Hi").build()));

    assertThat(e.kind()).isEqualTo(VendorException.Kind.TIMEOUT);
    assertThat(e.retryable()).isTrue();
  }

  @Test
  void streamsTextInPiecesAndEndsWithTheWholeResponse() {
    fake.enqueue(Script.reply("Hello there, streaming world", new Usage(100, 20, 30, 40, 50)));
    java.util.List<Delta> deltas = new java.util.ArrayList<>();

    adapter.doStream(request().user("Hi").build(), deltas::add);

    String streamed =
        deltas.stream()
            .filter(d -> d instanceof Delta.TextDelta)
            .map(d -> ((Delta.TextDelta) d).text())
            .collect(java.util.stream.Collectors.joining());
    assertThat(streamed).isEqualTo("Hello there, streaming world");
    assertThat(deltas).hasSizeGreaterThan(3);
    ModelResponse done = ((Delta.Done) deltas.get(deltas.size() - 1)).response();
    assertThat(done.text()).isEqualTo("Hello there, streaming world");
    assertThat(done.stopReason()).isEqualTo(StopReason.END_TURN);
    assertThat(done.usage())
        .isEqualTo(
            reportsCacheWrites() ? new Usage(100, 20, 30, 40, 50) : new Usage(100, 20, 30, 0, 0));
  }

  @Test
  void streamsTypedOutputAsOneFinalResponse() throws Exception {
    JsonNode schema =
        JSON.readTree("{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"integer\"}}}");
    JsonNode answer = JSON.readTree("{\"n\":12345678}");
    fake.enqueue(Script.output(answer, Usage.of(5, 5)));
    java.util.List<Delta> deltas = new java.util.ArrayList<>();

    adapter.doStream(
        request().user("Count").output(OutputSchema.of("count", "A count", schema)).build(),
        deltas::add);

    assertThat(deltas).singleElement().isInstanceOf(Delta.Done.class);
    assertThat(((Delta.Done) deltas.get(0)).response().output()).contains(answer);
  }

  @Test
  void streamReportsAnErrorBeforeTheFirstDelta() {
    fake.enqueue(Script.rateLimited(Duration.ofSeconds(2)));

    VendorException e =
        catchThrowableOfType(
            VendorException.class, () -> adapter.doStream(request().user("Hi").build(), d -> {}));

    assertThat(e.kind()).isEqualTo(VendorException.Kind.RATE_LIMITED);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
  }
}
