package onramp.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import onramp.app.Main;
import onramp.devtools.ChangedFile;
import onramp.devtools.Diff;
import onramp.devtools.Finding;
import onramp.devtools.LineRange;
import onramp.devtools.report.ReviewReport;
import onramp.devtools.review.ReviewException;
import onramp.devtools.review.ReviewRequest;
import onramp.devtools.review.ReviewRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line of the review, with a review runner that returns a report built here. */
class TsCommandTest {
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final StringWriter stderr = new StringWriter();
  private final List<ReviewRequest> requests = new ArrayList<>();

  private static final Diff DIFF =
      new Diff(
          "3f2a9c1",
          "WORKTREE",
          List.of(
              new ChangedFile(
                  "src/prix-été.ts", ChangedFile.Status.MODIFIED, List.of(new LineRange(4, 9)))),
          List.of());

  private static Finding finding(Finding.Severity severity) {
    return new Finding(
        "src/prix-été.ts",
        new LineRange(5, 5),
        severity,
        "type-error",
        "Type 'number' is not assignable to type 'string'.",
        Finding.Source.TSC,
        Optional.of("TS2322"),
        Optional.empty(),
        Finding.Verification.NONE);
  }

  private static ReviewReport report(Finding... findings) {
    return new ReviewReport(
        "shop", DIFF, List.of(findings), List.of(), Map.of(), Map.of(), Optional.empty());
  }

  private int run(ReviewRunner runner, String... args) {
    CommandLine cli =
        new CommandLine(new TsCommand(runner, stdout)).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setErr(new PrintWriter(stderr));
    return cli.execute(args);
  }

  private ReviewRunner returning(ReviewReport report) {
    return request -> {
      requests.add(request);
      return report;
    };
  }

  private String out() {
    return stdout.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsMarkdownByDefaultAndExitsZeroWhenNothingBlocks() {
    int exit = run(returning(report(finding(Finding.Severity.WARNING))), "review");

    assertThat(exit).isZero();
    assertThat(out())
        .startsWith(
            "## TypeScript review: 0 blocking, 1 warning, 0 notes in 1 changed TypeScript file.")
        .contains("src/prix-été.ts");
    assertThat(stderr.toString()).isEmpty();
  }

  @Test
  void exitsOneWhenAFindingBlocks() {
    int exit =
        run(returning(report(finding(Finding.Severity.BLOCKER))), "review", "--format", "json");

    assertThat(exit).isEqualTo(1);
    assertThat(stderr.toString())
        .isEqualTo(
            "ts review: 1 blocking, 0 warnings, 0 notes in 1 changed TypeScript file."
                + " Blocking findings: exit 1."
                + System.lineSeparator());
  }

  @Test
  void exitsTwoWithTheReasonWhenTheReviewCannotRun() {
    int exit =
        run(
            request -> {
              throw new ReviewException(
                  "/tmp/not-a-repo is not a git repository: run the review inside a clone");
            },
            "review",
            "--repo",
            "/tmp/not-a-repo");

    assertThat(exit).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(stderr.toString())
        .startsWith(
            "ts review could not run: /tmp/not-a-repo is not a git repository: run the review"
                + " inside a clone");
  }

  @Test
  void exitsTwoWithoutAnExceptionNameWhenTheReviewBreaks() {
    int exit =
        run(
            request -> {
              throw new IllegalStateException("tsc printed nothing parseable");
            },
            "review");

    assertThat(exit).isEqualTo(2);
    assertThat(stderr.toString())
        .contains("it failed unexpectedly (tsc printed nothing parseable)")
        .doesNotContain("IllegalStateException")
        .doesNotContain("\tat ");
  }

  @Test
  void passesRepoAndBaseToTheReview() {
    run(returning(report()), "review", "--repo", "/work/shop", "--base", "origin/main");

    assertThat(requests)
        .containsExactly(new ReviewRequest(Path.of("/work/shop"), Optional.of("origin/main")));
  }

  @Test
  void withoutBaseTheReviewPicksTheMergeBase() {
    run(returning(report()), "review");

    assertThat(requests).containsExactly(new ReviewRequest(Path.of("."), Optional.empty()));
  }

  @Test
  void writesEachFormat() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ReviewReport report = report(finding(Finding.Severity.BLOCKER));

    run(returning(report), "review", "--format", "sarif");
    JsonNode sarif = json.readTree(stdout.toByteArray());
    stdout.reset();
    run(returning(report), "review", "--format", "GITHUB");
    JsonNode github = json.readTree(stdout.toByteArray());
    stdout.reset();
    run(returning(report), "review", "--format", "json");
    JsonNode review = json.readTree(stdout.toByteArray());

    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    assertThat(github.get("comments").get(0).get("path").asText()).isEqualTo("src/prix-été.ts");
    assertThat(review.get("schemaVersion").asInt()).isEqualTo(1);
  }

  @Test
  void writesTheReportToTheOutFileAsUtf8AndSaysSo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("reports/review.sarif");

    int exit =
        run(
            returning(report(finding(Finding.Severity.WARNING))),
            "review",
            "--format",
            "sarif",
            "--out",
            file.toString());

    assertThat(exit).isZero();
    assertThat(out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .contains("src/prix-%C3%A9t%C3%A9.ts");
    assertThat(stderr.toString()).contains("Report in " + file + ".");
  }

  @Test
  void anUnknownFormatIsAUsageErrorThatExitsTwo() {
    int exit = run(returning(report()), "review", "--format", "html");

    assertThat(exit).isEqualTo(2);
    assertThat(stderr.toString()).contains("--format").contains("html");
    assertThat(requests).isEmpty();
  }

  @Test
  void theRealCommandLineKnowsTsReview() {
    CommandLine main = Main.commandLine();

    CommandLine ts = Objects.requireNonNull(main.getSubcommands().get("ts"), "./onramp ts");
    assertThat(ts.getSubcommands()).containsKeys("review", "tests", "feedback");
  }

  @Test
  void tsAloneShowsItsUsageAndExitsTwo() {
    assertThat(run(returning(report()))).isEqualTo(2);
  }
}
