package onramp.devtools.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import onramp.devtools.LineRange;
import onramp.gateway.InvalidOutputException;
import onramp.gateway.Usage;
import onramp.gateway.fake.Script;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ModelTestWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TargetFunction TOTAL =
      new TargetFunction(
          "src/fares.ts",
          "total",
          "FareCard",
          TargetFunction.Kind.METHOD,
          Optional.of("FareCard"),
          false,
          new LineRange(3, 5),
          "src/fares.FareCard-total.onramp.test.ts",
          "./fares");
  private static final String SOURCE =
      "export class FareCard {\n  rides: number[] = [];\n  total(): number {\n"
          + "    return this.rides.reduce((s, c) => s + c, 0);\n  }\n}\n";

  private final ModelFixture model = new ModelFixture();

  @AfterEach
  void close() {
    model.close();
  }

  @Test
  void asksForTypedTestFilesNamingTheMethodTheImportAndTheUncoveredLines() throws Exception {
    model.fake.enqueue(
        Script.output(
            JSON.readTree(
                "{\"tests\":[{\"name\":\"sums rides\",\"code\":\"import { it } from 'vitest';\"},"
                    + "{\"name\":\"empty\",\"code\":\"  \"}]}"),
            Usage.of(300, 80)));

    List<ProposedTest> tests =
        model
            .writer()
            .propose(
                TOTAL,
                SOURCE,
                "Lines of src/fares.ts: FareCard.total that no" + " existing test runs: 4");

    assertThat(tests)
        .containsExactly(new ProposedTest("sums rides", "import { it } from 'vitest';"));
    JsonNode sent = JSON.readTree(model.fake.lastReceived().body());
    assertThat(sent.path("tools").path(0).path("name").asText()).isEqualTo("proposed_tests");
    assertThat(sent.path("tools").path(0).path("input_schema").path("required").path(0).asText())
        .isEqualTo("tests");
    String asked = sent.path("messages").path(0).toString();
    assertThat(asked)
        .contains("the method `total` of the exported class `FareCard`")
        .contains("src/fares.FareCard-total.onramp.test.ts")
        .contains("no existing test runs: 4")
        .contains("   4|     return this.rides.reduce");
    assertThat(model.audit.latest(1).get(0).caller().tool()).isEqualTo(ModelFixture.TOOL);
  }

  @Test
  void leavesOutputThatBreaksTheSchemaToTheGatewayToRefuse() throws Exception {
    model.fake.enqueue(
        Script.output(JSON.readTree("{\"tests\":[{\"name\":\"no code\"}]}"), Usage.of(10, 5)));

    assertThatThrownBy(() -> model.writer().propose(TOTAL, SOURCE, "hint"))
        .isInstanceOf(InvalidOutputException.class)
        .hasMessageContaining("proposed_tests");
  }
}
