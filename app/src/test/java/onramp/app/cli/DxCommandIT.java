package onramp.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import onramp.devtools.Finding;
import onramp.devtools.LineRange;
import onramp.devtools.dx.DxStore;
import onramp.devtools.dx.ReviewRun;
import onramp.testkit.TestDatabase;
import onramp.testsupport.CliRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code ./onramp dx …} end to end on serve's database (named by ONRAMP_DATABASE_URL): the plan, a
 * review run on a real git history, feedback, GitHub reactions, fixes found in a later commit, the
 * survey, a team repository, and the report in both formats, with the refusals said plainly. The
 * commands run in this order, as a team would run them; "today" is 2026-10-21.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DxCommandIT {
  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-10-21T12:00:00Z"), ZoneOffset.UTC);
  private static TestDatabase db;
  private static PGSimpleDataSource dataSource;
  @TempDir static Path dir;
  private static Path repo;
  private static UUID run = new UUID(0, 0);

  @BeforeAll
  static void setUp() throws Exception {
    db = TestDatabase.create();
    dataSource = new PGSimpleDataSource();
    dataSource.setURL(db.url());
    dataSource.setUser("postgres");
    repo = Files.createDirectories(dir.resolve("web-app"));
    git("init", "-q", "-b", "main");
    Files.createDirectories(repo.resolve("src"));
  }

  @AfterAll
  static void drop() throws Exception {
    db.close();
  }

  static CliRun dx(String... args) {
    return CliRun.of(new DxCommand(CliRun.env(db, dir.resolve("data")), TODAY), args);
  }

  @Test
  @Order(1)
  void beforeAnythingIsRecordedTheReportSaysSo() {
    CliRun r = dx("report");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("onramp dx report: Nothing to report");
  }

  @Test
  @Order(2)
  void thePlanIsDrawnStoredShownAndNotReplacedByAccident() {
    CliRun drawn =
        dx(
            "plan",
            "--teams",
            "payments,rides",
            "--start",
            "2026-10-05",
            "--waves",
            "2",
            "--wave-weeks",
            "2",
            "--seed",
            "7");
    assertThat(drawn.exit()).as(drawn.err()).isZero();
    assertThat(drawn.out()).contains("wave 0  starts 2026-10-05", "wave 1  starts 2026-10-19");
    CliRun shown = dx("plan");
    assertThat(shown.exit()).isZero();
    assertThat(shown.out()).contains("payments", "rides", "seed 7");
    CliRun again = dx("plan", "--teams", "a,b,c", "--start", "2026-11-02", "--seed", "8");
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("--replace");
  }

  @Test
  @Order(3)
  void feedbackOnARecordedRunAndItsRefusals() throws Exception {
    write("src/fare.ts", numbered(10));
    String head = commit("2026-10-06T09:00:00Z", "Add fare");
    run =
        DxStore.on(dataSource, TODAY)
            .recordRun(
                new ReviewRun(
                    "web-app",
                    "payments",
                    "synthetic-dev",
                    Optional.of(head),
                    Instant.parse("2026-10-06T10:00:00Z"),
                    Duration.ofSeconds(8),
                    List.of(finding(3, 4), finding(8, 8)),
                    new ReviewRun.Usage(true, 1200, 300, new BigDecimal("0.012"))));

    CliRun dismissed = dx("feedback", "--run", run.toString(), "--finding", "2", "dismiss");
    assertThat(dismissed.exit()).as(dismissed.err()).isZero();
    assertThat(dismissed.out()).contains("Finding 2 of run " + run + ": dismissed.");

    CliRun notAnId = dx("feedback", "--run", "42", "--finding", "1", "accept");
    assertThat(notAnId.exit()).isEqualTo(2);
    assertThat(notAnId.err()).contains("'42' is not a run id");
    CliRun noSuchFinding = dx("feedback", "--run", run.toString(), "--finding", "9", "accept");
    assertThat(noSuchFinding.exit()).isEqualTo(2);
    assertThat(noSuchFinding.err()).contains("9");
  }

  @Test
  @Order(4)
  void gitHubReactionsAreImported() throws Exception {
    Path comments = dir.resolve("comments.json");
    Files.writeString(
        comments,
        """
        [{"path": "src/fare.ts", "line": 8, "reactions": {"+1": 2, "-1": 0}},
         {"path": "src/other.ts", "line": 1, "reactions": {"+1": 1, "-1": 0}}]
        """);
    CliRun r = dx("reactions", "--run", run.toString(), comments.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("2 comments: 1 accepted, 0 dismissed, 1 matched no finding");

    Files.writeString(comments, "not json");
    CliRun bad = dx("reactions", "--run", run.toString(), comments.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("is not JSON").doesNotContain("Exception");
  }

  @Test
  @Order(5)
  void aLaterCommitThatChangesAFindingsLinesFixesIt() throws Exception {
    List<String> lines = new ArrayList<>(numbered(10));
    lines.set(2, "export const line3 = 3 as const;");
    write("src/fare.ts", lines);
    commit("2026-10-08T09:00:00Z", "Tighten line 3");
    CliRun r = dx("fixes", "--repo", repo.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("1 runs examined (0 reviewed commits not in this repository): 1 findings fixed");
    CliRun notARepo = dx("fixes", "--repo", dir.resolve("nowhere").toString());
    assertThat(notARepo.exit()).isEqualTo(2);
    assertThat(notARepo.err()).contains("nowhere").doesNotContain("Exception");
  }

  @Test
  @Order(6)
  void surveyAnswersGoToTheWaveUnderWayAndBadAnswersAreRefused() {
    for (String speed : new String[] {"4", "4", "5"}) {
      CliRun r =
          dx(
              "survey",
              "--team",
              "payments",
              "--speed",
              speed,
              "--quality",
              "4",
              "--satisfaction",
              "3");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).contains("recorded for team payments, wave 1.");
    }
    CliRun bad =
        dx("survey", "--team", "payments", "--speed", "9", "--quality", "4", "--satisfaction", "3");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("speed must be 1 to 5; 9 given");
  }

  @Test
  @Order(7)
  void theReportInBothFormatsFromTheRowsTheCommandsWrote() throws Exception {
    CliRun added = dx("repo", "--team", "payments", repo.toString());
    assertThat(added.exit()).as(added.err()).isZero();

    CliRun json = dx("report", "--from", "2026-10-01", "--to", "2026-11-01", "--format", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(json.out());
    JsonNode payments = report.path("teams").get(0);
    assertThat(payments.path("team").asText()).isEqualTo("payments");
    assertThat(payments.path("runs").asInt()).isEqualTo(1);
    assertThat(payments.path("findings").asInt()).isEqualTo(2);
    // finding 1 fixed by the later commit; finding 2 dismissed on the command line, which a
    // thumbs-up on GitHub does not overrule
    assertThat(payments.path("fixed").asInt()).isEqualTo(1);
    assertThat(payments.path("dismissed").asInt()).isEqualTo(1);
    assertThat(payments.path("accepted").asInt()).isZero();
    assertThat(payments.path("acceptanceRate").asDouble()).isEqualTo(0.5);
    assertThat(payments.path("costUsd").decimalValue()).isEqualByComparingTo("0.012");
    JsonNode survey = report.path("survey").get(0);
    assertThat(survey.path("answers").asInt()).isEqualTo(3);
    assertThat(survey.path("speed").asDouble()).isEqualTo(13.0 / 3);
    assertThat(json.out()).doesNotContain("synthetic-dev");

    CliRun markdown = dx("report", "--from", "2026-10-01", "--to", "2026-11-01");
    assertThat(markdown.exit()).isZero();
    assertThat(markdown.out()).startsWith("# The TypeScript assistant: 2026-10-01 to 2026-11-01");

    CliRun badFormat = dx("report", "--format", "pdf");
    assertThat(badFormat.exit()).isEqualTo(2);
    assertThat(badFormat.err()).contains("--format is markdown or json, not 'pdf'");
  }

  private static Finding finding(int from, int to) {
    return new Finding(
        "src/fare.ts",
        new LineRange(from, to),
        Finding.Severity.WARNING,
        "null-safety",
        "a synthetic finding",
        Finding.Source.MODEL,
        Optional.empty(),
        Optional.empty(),
        Finding.Verification.NONE);
  }

  private static List<String> numbered(int n) {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      lines.add("export const line" + i + " = " + i + ";");
    }
    return lines;
  }

  private static void write(String file, List<String> lines) throws IOException {
    Files.write(repo.resolve(file), lines, StandardCharsets.UTF_8);
  }

  private static String commit(String at, String message) throws Exception {
    git("add", "-A");
    gitAt(at, "commit", "-q", "-m", message);
    return git("rev-parse", "HEAD").strip();
  }

  private static String git(String... args) throws Exception {
    return gitAt("2026-10-01T00:00:00Z", args);
  }

  private static String gitAt(String at, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
    command.addAll(List.of("-c", "user.name=Synthetic Dev", "-c", "user.email=dev@example.com"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("GIT_AUTHOR_DATE", at);
    pb.environment().put("GIT_COMMITTER_DATE", at);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("git " + String.join(" ", args) + " failed: " + out);
    }
    return out;
  }
}
