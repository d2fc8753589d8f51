package onramp.devtools.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SarifReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<ReviewReport> reports() {
    return Stream.of(
        SampleReports.full(),
        SampleReports.clean(),
        SampleReports.modelOff(),
        SampleReports.warningsOnly(),
        SampleReports.withSkipped(120));
  }

  private static JsonNode sarif(ReviewReport r) throws Exception {
    return MAPPER.readTree(Reports.sarif(r));
  }

  @ParameterizedTest
  @MethodSource("reports")
  void isValidAgainstTheOfficialSarif210Schema(ReviewReport report) {
    assertThat(JsonSchemas.sarifViolations(Reports.sarif(report))).isEmpty();
  }

  @Test
  void theSchemaCheckCatchesALogThatBreaksIt() throws Exception {
    ObjectNode log = (ObjectNode) sarif(SampleReports.full());
    ((ObjectNode) log.get("runs").get(0).get("results").get(0)).put("level", "fatal");
    ((ObjectNode) log.get("runs").get(0).get("tool").get("driver")).remove("name");

    List<String> violations = JsonSchemas.sarifViolations(MAPPER.writeValueAsString(log));

    assertThat(violations)
        .anySatisfy(v -> assertThat(v).contains("level"))
        .anySatisfy(v -> assertThat(v).contains("name"));
  }

  @Test
  void listsOneRulePerRuleIdAndPointsEveryResultAtItsRule() throws Exception {
    JsonNode run = sarif(SampleReports.full()).get("runs").get(0);
    List<String> ruleIds = new ArrayList<>();
    run.get("tool").get("driver").get("rules").forEach(r -> ruleIds.add(r.get("id").asText()));

    assertThat(ruleIds)
        .containsExactly(
            "model/null-dereference",
            "TS2322",
            "@typescript-eslint/no-floating-promises",
            "model/wrong-import",
            "prefer-const",
            "model/readability");
    for (JsonNode result : run.get("results")) {
      assertThat(ruleIds.get(result.get("ruleIndex").asInt()))
          .isEqualTo(result.get("ruleId").asText());
    }
  }

  @Test
  void mapsSeverityToLevelAndLinesToARegion() throws Exception {
    JsonNode results = sarif(SampleReports.full()).get("runs").get(0).get("results");

    assertThat(results)
        .extracting(r -> r.get("level").asText())
        .containsExactly("error", "error", "warning", "warning", "note", "note");
    JsonNode tsc = results.get(1);
    assertThat(tsc.get("ruleId").asText()).isEqualTo("TS2322");
    assertThat(tsc.get("message").get("text").asText()).isEqualTo(SampleReports.ANGLE_MESSAGE);
    JsonNode location = tsc.get("locations").get(0).get("physicalLocation");
    assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("src/cart.ts");
    assertThat(location.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("SRCROOT");
    assertThat(location.get("region").get("startLine").asInt()).isEqualTo(12);
    assertThat(location.get("region").get("endLine").asInt()).isEqualTo(12);
  }

  @Test
  void aSuggestionIsAFixReplacingTheFindingsLines() throws Exception {
    JsonNode model = sarif(SampleReports.full()).get("runs").get(0).get("results").get(0);

    JsonNode replacement =
        model.get("fixes").get(0).get("artifactChanges").get(0).get("replacements").get(0);
    assertThat(replacement.get("deletedRegion").get("startLine").asInt()).isEqualTo(10);
    assertThat(replacement.get("deletedRegion").get("endLine").asInt()).isEqualTo(11);
    assertThat(replacement.get("insertedContent").get("text").asText())
        .isEqualTo("if (user === null) {\n  return 0;\n}");
    assertThat(model.get("properties").get("source").asText()).isEqualTo("model");
    assertThat(model.get("properties").get("verification").asText()).isEqualTo("verified");
  }

  @Test
  void aFindingWithoutSuggestionHasNoFix() throws Exception {
    JsonNode tsc = sarif(SampleReports.full()).get("runs").get(0).get("results").get(1);

    assertThat(tsc.has("fixes")).isFalse();
    assertThat(tsc.get("properties").get("verification").asText()).isEqualTo("none");
  }

  @Test
  void carriesTheNotesAsNotificationsAndTheToolVersionsAsExtensions() throws Exception {
    JsonNode run = sarif(SampleReports.modelOff()).get("runs").get(0);

    assertThat(run.get("invocations").get(0).get("toolExecutionNotifications"))
        .extracting(n -> n.get("message").get("text").asText())
        .contains("model off: no ONRAMP_GATEWAY_URL; type-checker and linter findings only");
    assertThat(run.get("tool").get("extensions"))
        .extracting(e -> e.get("name").asText() + " " + e.get("version").asText())
        .containsExactly("eslint 9.14.0", "typescript 5.6.3");
  }

  @Test
  void aCleanReviewHasNoResultsAndNoRules() throws Exception {
    JsonNode run = sarif(SampleReports.clean()).get("runs").get(0);

    assertThat(run.get("results")).isEmpty();
    assertThat(run.get("tool").get("driver").get("rules")).isEmpty();
  }
}
