package onramp.devtools.dx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import onramp.devtools.Finding;
import onramp.devtools.LineRange;
import onramp.testkit.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The measurements on real PostgreSQL and real git. Synthetic people only. */
class DxStoreIT {
  static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
  static final Instant EVER = Instant.parse("2000-01-01T00:00:00Z");
  static final Instant NEVER = Instant.parse("2100-01-01T00:00:00Z");

  @TempDir Path dir;
  TestDatabase database;
  HikariDataSource pool;
  DxStore store;

  @BeforeEach
  void open() throws Exception {
    database = new TestDatabase("devtools", "classpath:db/devtools");
    pool = database.pool(2);
    store = DxStore.on(pool, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void close() throws Exception {
    pool.close();
    database.close();
  }

  static Finding finding(String file, int start, int end, Finding.Source source) {
    return new Finding(
        file,
        new LineRange(start, end),
        Finding.Severity.WARNING,
        source == Finding.Source.TSC ? "type-error" : "null-safety",
        "a synthetic finding",
        source,
        Optional.empty(),
        Optional.empty(),
        Finding.Verification.NONE);
  }

  static ReviewRun run(
      String team, String engineer, Optional<String> head, Instant at, List<Finding> findings) {
    return new ReviewRun(
        "example/" + team,
        team,
        engineer,
        head,
        at,
        Duration.ofSeconds(4),
        findings,
        new ReviewRun.Usage(true, 1200, 300, new BigDecimal("0.012")));
  }

  @Test
  void recordsARunAndAPersonsVerdictOnAFinding() {
    UUID id =
        store.recordRun(
            run(
                "maps",
                "dev.one",
                Optional.empty(),
                NOW,
                List.of(
                    finding("src/a.ts", 3, 4, Finding.Source.MODEL),
                    finding("src/b.ts", 1, 1, Finding.Source.TSC))));

    store.recordFate(id, 2, Fate.DISMISSED, Fate.Origin.CLI, Optional.empty());

    List<DxStore.StoredFinding> found = store.findings(EVER, NEVER);
    assertThat(found)
        .extracting(DxStore.StoredFinding::fate)
        .containsExactly(Optional.empty(), Optional.of(Fate.DISMISSED));
    assertThat(store.runs(EVER, NEVER))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.engineerPseudonym()).hasSize(32).doesNotContain("dev.one");
              assertThat(r.tokens()).isEqualTo(1500);
            });
    assertThatThrownBy(
            () -> store.recordFate(id, 3, Fate.ACCEPTED, Fate.Origin.CLI, Optional.empty()))
        .hasMessage("Run " + id + " has 2 finding(s), numbered 1 to 2; 3 given.");
    UUID unknown = UUID.randomUUID();
    assertThatThrownBy(
            () -> store.recordFate(unknown, 1, Fate.ACCEPTED, Fate.Origin.CLI, Optional.empty()))
        .hasMessageContaining("There is no review run " + unknown);
  }

  @Test
  void aPersonsWordCountsOverAReactionAndAReactionOverGit() {
    UUID id =
        store.recordRun(
            run(
                "maps",
                "dev.one",
                Optional.empty(),
                NOW,
                List.of(finding("src/a.ts", 3, 4, Finding.Source.MODEL))));

    store.recordFate(id, 1, Fate.FIXED, Fate.Origin.GIT, Optional.of("abc"));
    Optional<Fate> afterGit = store.findings(EVER, NEVER).get(0).fate();
    store.recordFate(id, 1, Fate.DISMISSED, Fate.Origin.GITHUB, Optional.empty());
    Optional<Fate> afterReaction = store.findings(EVER, NEVER).get(0).fate();
    store.recordFate(id, 1, Fate.ACCEPTED, Fate.Origin.CLI, Optional.empty());

    assertThat(afterGit).contains(Fate.FIXED);
    assertThat(afterReaction).contains(Fate.DISMISSED);
    assertThat(store.findings(EVER, NEVER).get(0).fate()).contains(Fate.ACCEPTED);
  }

  @Test
  void aLaterCommitThatChangesAFindingsLinesFixesIt() throws Exception {
    ScriptedRepo repo = new ScriptedRepo(dir.resolve("maps"));
    repo.write("src/a.ts", DeliveryHistoryTest.lines("a", 12));
    String head = repo.commit("2026-02-02T09:00:00Z", "Add a (#1)");
    UUID id =
        store.recordRun(
            run(
                "maps",
                "dev.one",
                Optional.of(head),
                NOW,
                List.of(
                    finding("src/a.ts", 3, 4, Finding.Source.MODEL),
                    finding("src/a.ts", 10, 10, Finding.Source.TSC))));
    repo.write("README.md", List.of("unrelated"));
    repo.commit("2026-02-03T09:00:00Z", "Docs (#2)");
    List<String> a = new ArrayList<>(DeliveryHistoryTest.lines("a", 12));
    a.set(3, "export const a4: number = 4;");
    a.add(0, "// a line above moves the rest down");
    repo.write("src/a.ts", a);
    String fix = repo.commit("2026-02-04T09:00:00Z", "Type a4 (#3)");

    FixDetector.Result result = FixDetector.detect(store, repo.dir, "main", EVER, NEVER);

    assertThat(result).isEqualTo(new FixDetector.Result(1, 0, 1));
    assertThat(store.findings(EVER, NEVER))
        .extracting(DxStore.StoredFinding::fate)
        .containsExactly(Optional.of(Fate.FIXED), Optional.empty());
    assertThat(id).isNotNull();
    assertThat(fix).isNotBlank();
  }

  @Test
  void importsGitHubReactionsInBothShapesTheApiGives() throws Exception {
    UUID id =
        store.recordRun(
            run(
                "maps",
                "dev.one",
                Optional.empty(),
                NOW,
                List.of(
                    finding("src/a.ts", 3, 4, Finding.Source.MODEL),
                    finding("src/b.ts", 7, 7, Finding.Source.MODEL))));
    Path comments = dir.resolve("comments.json");
    Files.writeString(
        comments,
        """
        [
          {"id": 11, "path": "src/a.ts", "start_line": 3, "line": 4, "side": "RIGHT",
           "reactions": {"url": "https://api.github.com/x", "total_count": 3, "+1": 2, "-1": 1, "eyes": 0}},
          {"id": 12, "path": "src/b.ts", "start_line": null, "line": 7,
           "reactions": [{"id": 1, "content": "-1", "user": {"login": "synthetic-dev"}}]},
          {"id": 13, "path": "src/elsewhere.ts", "line": 1, "reactions": {"+1": 1}}
        ]
        """);

    GitHubReactions.Result result = GitHubReactions.importFile(store, id, comments);

    assertThat(result).isEqualTo(new GitHubReactions.Result(3, 1, 1, 1));
    assertThat(store.findings(EVER, NEVER))
        .extracting(DxStore.StoredFinding::fate)
        .containsExactly(Optional.of(Fate.ACCEPTED), Optional.of(Fate.DISMISSED));
    Files.writeString(comments, "{not json");
    assertThatThrownBy(() -> GitHubReactions.importFile(store, id, comments))
        .hasMessageStartingWith(comments + " is not JSON (line 1)");
  }

  @Test
  void aSecondPlanNeedsReplaceAndEveryPlanIsKept() {
    ExperimentPlan first =
        ExperimentPlan.assign(
            List.of("maps", "rides", "fleet", "pricing"), LocalDate.of(2026, 1, 5), 2, 2, 9);
    store.savePlan(first, false);

    assertThat(store.plan()).contains(first);
    assertThatThrownBy(() -> store.savePlan(first, false))
        .hasMessageStartingWith("A rollout plan exists already");
    ExperimentPlan second =
        ExperimentPlan.assign(List.of("maps", "rides"), LocalDate.of(2026, 2, 2), 2, 1, 10);
    store.savePlan(second, true);
    assertThat(store.plan()).contains(second);
  }

  @Test
  void theReportRefusesTelemetryWithoutTheSurveyAndTheSurveyWithoutTelemetry() {
    LocalDate from = LocalDate.of(2026, 1, 1);
    LocalDate to = LocalDate.of(2026, 4, 1);
    store.recordSurvey(new SurveyResponse("maps", 0, NOW, 5, 4, 5));
    assertThatThrownBy(() -> DxReport.build(store, from, to, 1))
        .hasMessageStartingWith("No review runs recorded between 2026-01-01 and 2026-04-01.");

    try (var fresh = new Fresh()) {
      fresh.store.recordRun(run("maps", "dev.one", Optional.empty(), NOW, List.of()));
      assertThatThrownBy(() -> DxReport.build(fresh.store, from, to, 1))
          .hasMessageStartingWith("No survey answers between 2026-01-01 and 2026-04-01.");
    }
  }

  @Test
  void theReportShowsUseFatesCostEffectAndSurveyTeamByTeam() throws Exception {
    LocalDate start = LocalDate.of(2026, 1, 5);
    ExperimentPlan plan =
        ExperimentPlan.assign(List.of("maps", "rides", "fleet", "pricing"), start, 2, 2, 9);
    store.savePlan(plan, false);
    for (String team : plan.teams()) {
      ScriptedRepo repo = new ScriptedRepo(dir.resolve(team));
      repo.write("src/x.ts", DeliveryHistoryTest.lines("x", 3));
      repo.commit("2025-12-01T09:00:00Z", "Add x (#1)");
      store.addRepository(new DxStore.TeamRepository(team, repo.dir.toString(), "main"));
    }
    Instant monday = start.plusWeeks(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    UUID id =
        store.recordRun(
            run(
                "maps",
                "dev.one",
                Optional.empty(),
                monday,
                List.of(
                    finding("src/a.ts", 1, 1, Finding.Source.MODEL),
                    finding("src/a.ts", 2, 2, Finding.Source.TSC))));
    store.recordRun(run("maps", "dev.two", Optional.empty(), monday.plusSeconds(3600), List.of()));
    store.recordRun(
        run("maps", "DEV.ONE", Optional.empty(), monday.plus(Duration.ofDays(7)), List.of()));
    store.recordFate(id, 1, Fate.ACCEPTED, Fate.Origin.CLI, Optional.empty());
    for (int i = 0; i < 3; i++) {
      store.recordSurvey(new SurveyResponse("maps", 1, monday, 4 + i % 2, 3, 4));
    }
    store.recordSurvey(new SurveyResponse("rides", 1, monday, 1, 1, 1));

    DxReport report = DxReport.build(store, start.minusWeeks(4), start.plusWeeks(6), 1);
    String md = DxReportFormat.markdown(report);
    JsonNode json = new ObjectMapper().readTree(DxReportFormat.json(report));

    DxReport.TeamUsage maps =
        report.teams().stream().filter(t -> t.team().equals("maps")).findFirst().orElseThrow();
    assertThat(maps.activeEngineers()).isEqualTo(2); // logins are case-insensitive
    assertThat(maps.weeklyActiveEngineers())
        .containsExactly(
            java.util.Map.entry(start.plusWeeks(1), 2), java.util.Map.entry(start.plusWeeks(2), 1));
    assertThat(maps.acceptanceRate()).contains(0.5);
    assertThat(maps.costPerEngineer()).contains(new BigDecimal("0.02"));
    assertThat(report.effects())
        .extracting(Effect::verdict)
        .containsOnly(Effect.Verdict.CANNOT_DECIDE_TOO_LITTLE_DATA);
    assertThat(report.survey())
        .extracting(DxReport.SurveySummary::speed)
        .containsExactly(Optional.of(13 / 3.0), Optional.empty());
    assertThat(md)
        .contains(
            "## Effect on delivery",
            "## What engineers say",
            "Cannot decide yet: too little data.",
            "| maps |")
        .doesNotContain("dev.one", "dev.two");
    assertThat(json.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.path("teams")).hasSize(4);
    assertThat(json.toString())
        .doesNotContain("dev.one")
        .doesNotContain(report.teams().get(0).team() + "#");
  }

  /** A second empty database, for a report that must find no survey. */
  static final class Fresh implements AutoCloseable {
    final TestDatabase database;
    final HikariDataSource pool;
    final DxStore store;

    Fresh() {
      try {
        database = new TestDatabase("devtools", "classpath:db/devtools");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      pool = database.pool(1);
      store = DxStore.on(pool, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Override
    public void close() {
      pool.close();
      try {
        database.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
