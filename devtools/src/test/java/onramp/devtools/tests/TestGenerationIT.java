package onramp.devtools.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import onramp.devtools.ChangedFile;
import onramp.devtools.Diff;
import onramp.devtools.LineRange;
import onramp.gateway.Usage;
import onramp.gateway.fake.Script;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole gate, each step real: the model (the fake vendor behind a real gateway) proposes five
 * tests for the changed {@code surge} of the fixture repository, whose existing test runs only its
 * {@code ratio <= 1} branch; the repository's tsc and Vitest judge them.
 */
class TestGenerationIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HEAD =
      "import { expect, it } from \"vitest\";\nimport { surge } from \"./fares\";\n";

  @TempDir Path dir;
  private final ModelFixture model = new ModelFixture();

  @AfterEach
  void close() {
    model.close();
  }

  private static Diff surgeChanged() {
    return new Diff(
        "main",
        "WORKTREE",
        List.of(
            new ChangedFile(
                "src/fares.ts", ChangedFile.Status.MODIFIED, List.of(new LineRange(16, 18)))),
        List.of());
  }

  private static JsonNode fiveProposals() {
    ObjectNode out = JSON.createObjectNode();
    ArrayNode tests = out.putArray("tests");
    tests
        .addObject()
        .put("name", "passes the fare as a string")
        .put("code", HEAD + "it(\"x\", () => { expect(surge(\"1000\", 5, 10)).toBe(1000); });\n");
    tests
        .addObject()
        .put("name", "doubles at twice the demand (wrong expectation)")
        .put(
            "code", HEAD + "it(\"doubles\", () => { expect(surge(1000, 20, 10)).toBe(1500); });\n");
    tests
        .addObject()
        .put("name", "caps surge at three times, but leaves a marker behind")
        .put(
            "code",
            "import { existsSync, writeFileSync } from \"node:fs\";\n"
                + HEAD
                + "const marker = new URL(\"./.surge-ran\", import.meta.url);\n"
                + "it(\"caps\", () => {\n"
                + "  const first = !existsSync(marker);\n"
                + "  writeFileSync(marker, \"ran\");\n"
                + "  expect(first).toBe(true);\n"
                + "  expect(surge(1000, 50, 10)).toBe(3000);\n"
                + "});\n");
    tests
        .addObject()
        .put("name", "leaves the fare alone under low demand")
        .put("code", HEAD + "it(\"low\", () => { expect(surge(500, 1, 2)).toBe(500); });\n");
    tests
        .addObject()
        .put("name", "triples the fare when no vehicle is free")
        .put(
            "code", HEAD + "it(\"no supply\", () => { expect(surge(1000, 5, 0)).toBe(3000); });\n");
    return out;
  }

  @Test
  void keepsOnlyTheTestThatCompilesPassesTwiceAndAddsCoverage() throws Exception {
    Path repo = TsFixture.repo(dir);
    model.fake.enqueue(Script.output(fiveProposals(), Usage.of(900, 400)));

    TestGenerationReport report =
        TestGeneration.of(model.writer(), Limits.standard()).run(repo, surgeChanged());

    assertThat(report.functions()).hasSize(1);
    FunctionReport surge = report.functions().get(0);
    assertThat(surge.function().name()).isEqualTo("surge");
    assertThat(surge.uncoveredBefore()).containsExactly(17, 23);
    assertThat(surge.candidates())
        .extracting(c -> c.test().name(), CandidateResult::verdict)
        .containsExactly(
            tuple("passes the fare as a string", Verdict.NOT_BUILT),
            tuple("doubles at twice the demand (wrong expectation)", Verdict.FAILED),
            tuple("caps surge at three times, but leaves a marker behind", Verdict.FLAKY),
            tuple("leaves the fare alone under low demand", Verdict.NO_NEW_COVERAGE),
            tuple("triples the fare when no vehicle is free", Verdict.KEPT));
    assertThat(surge.candidates().get(0).reason()).contains("line 3: TS2345");
    assertThat(surge.candidates().get(1).reason()).contains("expected 2000 to be 1500");
    assertThat(surge.candidates().get(3).reason()).contains("all covered by existing tests");
    assertThat(surge.candidates().get(4).addedLines()).containsExactly(17);
    assertThat(report.totals()).isEqualTo(new Counts(5, 4, 2, 1));
    assertThat(report.toText())
        .contains("5 proposed, 4 (80%) built, 2 (40%) passed twice, 1 (20%) kept")
        .contains("--- src/fares.surge.onramp.test.ts");
    assertThat(report.toJson().path("totals").path("kept").asInt()).isEqualTo(1);
    assertThat(repo.resolve("src/fares.surge.onramp.test.ts")).doesNotExist();
    assertThat(model.fake.lastReceived().body())
        .contains("proposed_tests", "import from \\\"./fares\\\"", "no existing test runs: 17, 23");
  }

  @Test
  void writesKeptTestsIntoTheWorkingTreeOnlyWhenAskedAndNeverOverAFile() throws Exception {
    Path repo = TsFixture.repo(dir);
    FunctionReport surge =
        new FunctionReport(
            ChangedExports.find(repo, surgeChanged(), Limits.standard()).get(0),
            new java.util.TreeSet<>(List.of(17)),
            List.of(
                CandidateResult.kept(new ProposedTest("a", HEAD + "// a\n"), java.util.Set.of(17)),
                CandidateResult.kept(new ProposedTest("b", HEAD + "// b\n"), java.util.Set.of(23))),
            java.util.Optional.empty());
    TestGenerationReport report = new TestGenerationReport(List.of(surge), List.of(), List.of());
    Files.writeString(repo.resolve("src/fares.surge.onramp.test.ts"), "// mine\n");

    TestGenerationReport written = TestGeneration.write(repo, report);

    assertThat(written.written())
        .containsExactly("src/fares.surge.onramp-2.test.ts", "src/fares.surge.onramp-3.test.ts");
    assertThat(repo.resolve("src/fares.surge.onramp.test.ts")).hasContent("// mine");
    assertThat(Files.readString(repo.resolve("src/fares.surge.onramp-3.test.ts")))
        .endsWith("// b\n");
    assertThat(written.toText()).contains("Written: src/fares.surge.onramp-2.test.ts");
  }

  @Test
  void saysWhyNoTestWasProposedWhenTheModelIsUnavailable() {
    Path repo = TsFixture.repo(dir);
    model.fake.enqueue(Script.overloaded());

    TestGenerationReport report =
        TestGeneration.of(model.writer(), Limits.standard()).run(repo, surgeChanged());

    FunctionReport surge = report.functions().get(0);
    assertThat(surge.candidates()).isEmpty();
    assertThat(surge.problem()).hasValueSatisfying(p -> assertThat(p).isNotBlank());
    assertThat(report.totals()).isEqualTo(new Counts(0, 0, 0, 0));
    assertThat(report.toText()).contains("no tests proposed: " + surge.problem().orElseThrow());
  }
}
