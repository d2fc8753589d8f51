package onramp.devtools.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<ReviewReport> reports() {
    return SarifReportTest.reports();
  }

  /** The report with its findings in the order the JSON lists them. */
  private static ReviewReport ordered(ReviewReport r) {
    return new ReviewReport(
        r.repository(), r.diff(), Wire.ordered(r), r.notes(), r.tools(), r.timings(), r.model());
  }

  @ParameterizedTest
  @MethodSource("reports")
  void readsBackAsTheSameReport(ReviewReport report) {
    String json = Reports.json(report);

    ReviewReport back = JsonReport.read(json);

    assertThat(back).isEqualTo(ordered(report));
    assertThat(Reports.json(back)).isEqualTo(json);
  }

  @ParameterizedTest
  @MethodSource("reports")
  void followsItsDocumentedSchema(ReviewReport report) {
    assertThat(JsonSchemas.reviewViolations(Reports.json(report))).isEmpty();
  }

  @Test
  void theSchemaCheckCatchesAReportThatBreaksIt() throws Exception {
    ObjectNode json = (ObjectNode) MAPPER.readTree(Reports.json(SampleReports.full()));
    ((ObjectNode) json.get("findings").get(0)).put("source", "copilot");
    json.remove("notes");

    assertThat(JsonSchemas.reviewViolations(MAPPER.writeValueAsString(json)))
        .anySatisfy(v -> assertThat(v).contains("source"))
        .anySatisfy(v -> assertThat(v).contains("notes"));
  }

  @Test
  void writesEveryKeyEvenWhenThereIsNoValue() throws Exception {
    JsonNode json = MAPPER.readTree(Reports.json(SampleReports.modelOff()));

    assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.get("model").isNull()).isTrue();
    JsonNode tsc = json.get("findings").get(0);
    assertThat(tsc.get("suggestion").isNull()).isTrue();
    assertThat(tsc.get("rule").asText()).isEqualTo("TS2322");
    assertThat(json.get("summary").get("exitCode").asInt()).isEqualTo(1);
    assertThat(json.get("summary").get("bySource").get("model").asInt()).isZero();
    assertThat(json.get("notes").get(0).asText()).startsWith("model off: ");
  }

  @Test
  void keepsUnicodeBackticksAndNewlinesAsTheyAre() throws Exception {
    JsonNode json = MAPPER.readTree(Reports.json(SampleReports.full()));

    assertThat(json.get("files").get(1).get("path").asText()).isEqualTo(SampleReports.UNICODE_PATH);
    assertThat(json.findValues("message"))
        .extracting(JsonNode::asText)
        .contains(SampleReports.BACKTICK_MESSAGE, SampleReports.ANGLE_MESSAGE);
    assertThat(json.findValues("suggestion"))
        .extracting(JsonNode::asText)
        .contains(SampleReports.FENCE_SUGGESTION);
  }

  @Test
  void writesTokensCostAndTimings() throws Exception {
    JsonNode json = MAPPER.readTree(Reports.json(SampleReports.full()));

    assertThat(json.get("model").get("inputTokens").asLong()).isEqualTo(12_345);
    assertThat(json.get("model").get("costUsd").decimalValue()).isEqualByComparingTo("0.0472");
    assertThat(json.get("timingsMs").get("tsc").asLong()).isEqualTo(2_870);
    assertThat(json.get("tools").get("typescript").asText()).isEqualTo("5.6.3");
  }

  @Test
  void refusesANewerSchemaVersionByName() throws Exception {
    ObjectNode json = (ObjectNode) MAPPER.readTree(Reports.json(SampleReports.clean()));
    json.put("schemaVersion", 2);

    assertThatThrownBy(() -> JsonReport.read(MAPPER.writeValueAsString(json)))
        .hasMessage("the review JSON has schemaVersion 2; this Onramp reads version 1");
  }

  @Test
  void saysWhichValueIsWrong() throws Exception {
    ObjectNode json = (ObjectNode) MAPPER.readTree(Reports.json(SampleReports.full()));
    ((ObjectNode) json.get("findings").get(0)).put("severity", "fatal");

    assertThatThrownBy(() -> JsonReport.read(MAPPER.writeValueAsString(json)))
        .hasMessage("findings[].severity is \"fatal\"; expected one of blocker, warning, info");
    assertThatThrownBy(() -> JsonReport.read("{\"schemaVersion\": 1,"))
        .hasMessageStartingWith("the review JSON is not valid JSON (line 1)");
  }
}
