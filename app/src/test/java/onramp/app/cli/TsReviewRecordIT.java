package onramp.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import onramp.devtools.ChangedFile;
import onramp.devtools.Diff;
import onramp.devtools.Finding;
import onramp.devtools.LineRange;
import onramp.devtools.dx.DxStore;
import onramp.devtools.report.ReviewReport;
import onramp.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;

/**
 * {@code ./onramp ts review --record}: the run and its findings go into the measurements on serve's
 * database (here named by ONRAMP_DATABASE_URL), its id is printed for {@code ts feedback}, and a
 * record without a team is refused clearly.
 */
class TsReviewRecordIT {
  private static TestDatabase db;
  private static PGSimpleDataSource dataSource;
  @TempDir static Path dataDir;

  @BeforeAll
  static void database() throws Exception {
    db = TestDatabase.create();
    dataSource = new PGSimpleDataSource();
    dataSource.setURL(db.url());
    dataSource.setUser("postgres");
  }

  @AfterAll
  static void drop() throws Exception {
    db.close();
  }

  static final ReviewReport REPORT =
      new ReviewReport(
          "rider-app",
          new Diff(
              "3f2a9c1",
              "WORKTREE",
              List.of(
                  new ChangedFile(
                      "src/fare.ts", ChangedFile.Status.MODIFIED, List.of(new LineRange(4, 9)))),
              List.of()),
          List.of(
              new Finding(
                  "src/fare.ts",
                  new LineRange(5, 5),
                  Finding.Severity.BLOCKER,
                  "type-error",
                  "Type 'number' is not assignable to type 'string'.",
                  Finding.Source.TSC,
                  Optional.of("TS2322"),
                  Optional.empty(),
                  Finding.Verification.NONE)),
          List.of(),
          Map.of(),
          Map.of(),
          Optional.empty());

  record Run(int exit, String err) {}

  static Run review(Map<String, String> extraEnv, String... args) {
    Map<String, String> env =
        new java.util.HashMap<>(
            Map.of(
                "ONRAMP_DATABASE_URL",
                db.url(),
                "ONRAMP_DATABASE_USER",
                "postgres",
                "ONRAMP_DATA_DIR",
                dataDir.toString(),
                "USER",
                "synthetic-dev"));
    env.putAll(extraEnv);
    StringWriter err = new StringWriter();
    TsCommand ts =
        new TsCommand(
            request -> REPORT,
            new ByteArrayOutputStream(),
            name -> Optional.ofNullable(env.get(name)));
    CommandLine cli = new CommandLine(ts).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 1];
    all[0] = "review";
    System.arraycopy(args, 0, all, 1, args.length);
    return new Run(cli.execute(all), err.toString());
  }

  @Test
  void aRecordedRunCanBeGivenFeedback() {
    Run run = review(Map.of(), "--record", "--team", "platform");

    assertThat(run.exit()).as(run.err()).isEqualTo(1); // a blocking finding
    Matcher id = Pattern.compile("recorded as run ([0-9a-f-]{36})").matcher(run.err());
    assertThat(id.find()).as(run.err()).isTrue();
    List<DxStore.StoredRun> runs =
        DxStore.on(dataSource, Clock.systemUTC())
            .runs(Instant.now().minus(Duration.ofHours(1)), Instant.now().plusSeconds(60));
    DxStore.StoredRun stored =
        runs.stream().filter(r -> r.id().toString().equals(id.group(1))).findFirst().orElseThrow();
    assertThat(stored.team()).isEqualTo("platform");
    assertThat(stored.engineerPseudonym()).doesNotContain("synthetic");
  }

  @Test
  void theTeamComesFromTheEnvironmentOrTheRecordIsRefused() {
    assertThat(review(Map.of("ONRAMP_TEAM", "rider-apps"), "--record").err())
        .contains("recorded as run");
    Run refused = review(Map.of(), "--record");
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("--team T or ONRAMP_TEAM");
  }
}
