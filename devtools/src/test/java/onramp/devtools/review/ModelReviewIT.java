package onramp.devtools.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.devtools.Diff;
import onramp.devtools.Finding;
import onramp.devtools.context.ReviewContext;
import onramp.devtools.context.ReviewContextBuilder;
import onramp.devtools.fixture.Fares;
import onramp.devtools.fixture.GatewayUnderTest;
import onramp.devtools.fixture.TscTypeCheck;
import onramp.devtools.fixture.TypeScriptFixture;
import onramp.gateway.Usage;
import onramp.gateway.config.RemoteChatModel;
import onramp.gateway.fake.Script;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The model's part of a review end to end: a real TypeScript project with planted problems, its
 * context from the compiler API, tsc's findings as facts, the prompt through the official SDK to
 * the gateway service with a virtual key, the fake vendor (Bedrock wire) playing the model.
 */
class ModelReviewIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Usage USAGE = new Usage(1200, 150, 0, 0, 0);

  static GatewayUnderTest gw;
  static TypeScriptFixture.Project project;
  static ReviewContext context;
  static List<Finding> facts;
  static Diff diff = Fares.diff();

  @BeforeAll
  static void start() {
    gw = new GatewayUnderTest();
    project = TypeScriptFixture.project(Fares.files());
    context = ReviewContextBuilder.forRepository(project.dir()).build(diff);
    facts =
        new TscTypeCheck()
            .run(project.dir(), Duration.ofSeconds(60)).stream()
                .filter(f -> diff.touches(f.file(), f.lines().start()))
                .toList();
  }

  @AfterAll
  static void stop() {
    project.close();
    gw.close();
  }

  @BeforeEach
  void reset() {
    gw.fake.reset();
  }

  private static ModelReview review(String key) {
    ModelConnection connection =
        ModelConnection.fromEnvironment(
                name ->
                    switch (name) {
                      case ModelConnection.URL_ENV -> Optional.of(gw.server.baseUri().toString());
                      case ModelConnection.KEY_ENV -> Optional.of(key);
                      default -> Optional.empty();
                    },
                Optional.empty())
            .orElseThrow();
    try (RemoteChatModel model = connection.open(Duration.ofSeconds(10))) {
      return ModelReviewer.of(model, connection.model(), "engineering", "dev-1")
          .review(project.dir(), diff, context, facts);
    }
  }

  private static JsonNode finding(
      String file,
      int start,
      int end,
      String message,
      @org.jspecify.annotations.Nullable String suggestion) {
    var f =
        JSON.createObjectNode()
            .put("file", file)
            .put("startLine", start)
            .put("endLine", end)
            .put("severity", "warning")
            .put("category", "async")
            .put("message", message);
    if (suggestion == null) {
      f.putNull("suggestion");
    } else {
      f.put("suggestion", suggestion);
    }
    return f;
  }

  private static JsonNode answer(JsonNode... findings) {
    var root = JSON.createObjectNode();
    root.putArray("findings").addAll(List.of(findings));
    return root;
  }

  @Test
  void keepsFindingsOnChangedLinesAndDropsTheRestWithTheirReasons() {
    gw.fake.enqueue(
        Script.output(
            answer(
                finding("src/fares.ts", 16, 16, "send() is not awaited", "    await send(rider);"),
                finding("./src/fares.ts", 3, 3, "BASE_FARE should be configurable", null),
                finding("src/model.ts", 8, 8, "split can return an empty first part", null),
                finding("src/gone.ts", 1, 1, "imagined file", null),
                finding("src/fares.ts", 16, 40, "past the end", null)),
            USAGE));

    ModelReview r = review(gw.key.secret());

    assertThat(r.modelOn()).isTrue();
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("src/fares.ts");
              assertThat(f.lines().start()).isEqualTo(16);
              assertThat(f.source()).isEqualTo(Finding.Source.MODEL);
              assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
              assertThat(f.suggestion()).contains("    await send(rider);");
              assertThat(f.verification()).isEqualTo(Finding.Verification.UNVERIFIED);
            });
    assertThat(r.droppedByReason())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                FindingValidator.OUTSIDE_CHANGE, 1L,
                FindingValidator.NOT_IN_DIFF, 2L,
                FindingValidator.PAST_END, 1L));
    assertThat(r.notes()).singleElement().asString().contains("4 model finding(s) dropped");
    assertThat(r.usage().map(Usage::input)).contains(1200L);
  }

  @Test
  void theModelsSuggestionsAreTypeCheckedBeforeOneIsCalledVerified() {
    gw.fake.enqueue(
        Script.output(
            answer(
                finding("src/fares.ts", 16, 16, "send() is not awaited", "    await send(rider);"),
                finding("src/fares.ts", 16, 16, "await the send", "    await sendd(rider);")),
            USAGE));
    ModelReview r = review(gw.key.secret());

    SuggestionVerifier.Result v =
        SuggestionVerifier.of(new TscTypeCheck(), Duration.ofSeconds(60))
            .verify(project.dir(), r.findings());

    assertThat(v.findings())
        .extracting(Finding::verification)
        .containsExactly(Finding.Verification.VERIFIED, Finding.Verification.FAILED);
  }

  @Test
  void thePromptCarriesTheNumberedChangeItsContextAndTheCompilersFacts() {
    gw.fake.enqueue(Script.output(answer(), USAGE));

    ModelReview r = review(gw.key.secret());

    assertThat(r.findings()).isEmpty();
    assertThat(r.notes()).isEmpty();
    JsonNode sent = gw.fake.lastReceived().json();
    String prompt = sent.path("messages").path(0).path("content").toString();
    assertThat(prompt)
        .contains("src/fares.ts (modified): changed lines 9-11, 15-17")
        .contains("+   16 |     send(rider);")
        .contains("interface Rider")
        .contains("src/fares.ts:10 tsc TS2322: Type 'number' is not assignable to type 'string'.");
    assertThat(sent.path("tool_choice").path("name").asText()).isEqualTo("report_findings");
    // the service attributed the call to the key's team and tool
    assertThat(gw.audit.latest(1).get(0).caller().tool()).isEqualTo("ts-assistant");
  }

  @Test
  void anAnswerThatIsNotTheSchemaIsANoteNotACrash() throws Exception {
    gw.fake.enqueue(
        Script.output(JSON.readTree("{\"findings\":[{\"file\":\"src/fares.ts\"}]}"), USAGE));

    ModelReview r = review(gw.key.secret());

    assertThat(r.findings()).isEmpty();
    assertThat(r.notes())
        .singleElement()
        .asString()
        .contains("not the findings JSON")
        .contains("$.findings[0].startLine: required but missing");
  }

  @Test
  void aTextAnswerInsteadOfTheToolIsANote() {
    gw.fake.enqueue(Script.reply("Looks good to me!", USAGE));

    ModelReview r = review(gw.key.secret());

    assertThat(r.findings()).isEmpty();
    assertThat(r.notes()).singleElement().asString().contains("no typed output");
  }

  @Test
  void aBodyThatIsNotJsonIsANote() {
    gw.fake.enqueue(Script.malformed("{\"content\": [ not json"));

    ModelReview r = review(gw.key.secret());

    assertThat(r.findings()).isEmpty();
    assertThat(r.notes())
        .singleElement()
        .asString()
        .contains("a response the gateway cannot read")
        .contains("Findings from tsc and ESLint only");
  }

  @Test
  void aRefusedKeyIsANoteThatSaysWhichVariable() {
    ModelReview r = review("onr_revoked-or-mistyped");

    assertThat(r.findings()).isEmpty();
    assertThat(r.notes()).singleElement().asString().contains("ONRAMP_GATEWAY_KEY");
    assertThat(gw.fake.received()).isEmpty();
  }
}
