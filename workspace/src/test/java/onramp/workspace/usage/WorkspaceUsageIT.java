package onramp.workspace.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Usage summed by PostgreSQL over runs written straight into the tables: two ISO weeks of March
 * 2026 (Mon 2 to Sun 15), with runs just outside them on both sides.
 */
class WorkspaceUsageIT {
  private static final DateRange TWO_WEEKS =
      new DateRange(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-15"));
  private static TestDatabase database;
  private static HikariDataSource pool;
  private static WorkspaceUsage usage;

  @BeforeAll
  static void runs() throws Exception {
    database = new TestDatabase("workspace", "classpath:db/gateway", "classpath:db/workspace");
    pool = database.pool(2);
    usage = WorkspaceUsage.create(pool);
    SyntheticWorkspaceUsage rows = new SyntheticWorkspaceUsage(pool);
    rows.employee("ana", "support", "Ana Example");
    rows.employee("ben", "support", null);
    rows.employee("cy", "finance", "Cy Sample");
    // Outside: the last second of Sunday 1 March, and Monday 16 March at midnight.
    rows.run("ana", "support", at("2026-03-01T23:59:59Z")).cost("100").save();
    rows.run("ana", "support", at("2026-03-16T00:00:00Z")).cost("100").save();
    // Week 10 (2-8 March): ana twice, ben once, cy once.
    rows.run("ana", "support", at("2026-03-02T00:00:00Z"))
        .template("reply-to-complaint")
        .dataClass("CUSTOMER")
        .tokens(1_000, 200, 5_000, 300)
        .cost("0.012345")
        .masked(Map.of("EMAIL", 1, "PERSON", 2))
        .save();
    rows.run("ana", "support", at("2026-03-04T10:00:00Z"))
        .template("reply-to-complaint")
        .dataClass("CUSTOMER")
        .cost("0.000001")
        .masked(Map.of("PERSON", 1))
        .save();
    rows.run("ben", "support", at("2026-03-05T10:00:00Z")).template("translate").save();
    rows.run("cy", "finance", at("2026-03-08T23:59:59Z"))
        .model("claude-haiku-4-5")
        .dataClass("RESTRICTED")
        .cost("1.5")
        .save();
    // Week 11 (9-15 March): ana once, cy twice (one of them in support that week).
    rows.run("ana", "support", at("2026-03-09T00:00:00Z")).template("translate").save();
    rows.run("cy", "finance", at("2026-03-10T09:00:00Z")).save();
    rows.run("cy", "support", at("2026-03-15T23:59:59Z")).cost("0.25").save();
  }

  @AfterAll
  static void drop() throws Exception {
    pool.close();
    database.close();
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  @Test
  void totalsSumTheRangeExactlyAndLeaveOutRunsJustOutsideIt() {
    UsageTotals t = usage.totals(TWO_WEEKS, Optional.empty());

    assertThat(t.runs()).isEqualTo(7);
    assertThat(t.activeUsers()).isEqualTo(3);
    assertThat(t.customerRuns()).isEqualTo(2);
    assertThat(t.restrictedRuns()).isEqualTo(1);
    assertThat(t.inputTokens()).isEqualTo(1_000 + 6 * 100);
    assertThat(t.outputTokens()).isEqualTo(200 + 6 * 10);
    assertThat(t.cacheReadTokens()).isEqualTo(5_000);
    assertThat(t.cacheWriteTokens()).isEqualTo(300);
    // 0.012345 + 0.000001 + 0.00045 + 1.5 + 0.00045 + 0.00045 + 0.25
    assertThat(t.costUsd()).isEqualByComparingTo("1.763696");
    assertThat(t.costUsd().toPlainString()).isEqualTo("1.763696");
  }

  @Test
  void perTeamCountsEachRunInTheTeamItRanForDearestFirst() {
    List<UsageRow> rows = usage.report(UsageRequest.of(TWO_WEEKS, Grouping.TEAM, Bucket.TOTAL));

    assertThat(rows)
        .extracting(
            r ->
                r.group().orElseThrow()
                    + " "
                    + r.totals().runs()
                    + " "
                    + r.totals().activeUsers()
                    + " "
                    + r.totals().costUsd().toPlainString())
        .containsExactly("finance 2 1 1.50045", "support 5 3 0.263246");
  }

  @Test
  void perTemplateKeepsRunsWithoutATemplateAsAnEmptyGroupLast() {
    List<UsageRow> rows = usage.report(UsageRequest.of(TWO_WEEKS, Grouping.TEMPLATE, Bucket.TOTAL));

    assertThat(rows)
        .extracting(r -> r.group().orElse("(none)") + " " + r.totals().runs())
        .containsExactly("(none) 3", "reply-to-complaint 2", "translate 2");
  }

  @Test
  void perUserCarriesTheDisplayNameWhereTheDirectoryHasOne() {
    List<UsageRow> rows = usage.report(UsageRequest.of(TWO_WEEKS, Grouping.USER, Bucket.TOTAL));

    assertThat(rows)
        .extracting(
            r ->
                r.group().orElseThrow()
                    + "/"
                    + r.displayName().orElse("-")
                    + "/"
                    + r.totals().runs())
        .containsExactly("cy/Cy Sample/3", "ana/Ana Example/3", "ben/-/1");
  }

  @Test
  void weeklyActiveUsersAreDistinctPeoplePerIsoWeekOverallAndPerTeam() {
    List<UsageRow> overall = usage.report(UsageRequest.total(TWO_WEEKS, Bucket.WEEK));
    List<UsageRow> perTeam = usage.report(UsageRequest.of(TWO_WEEKS, Grouping.TEAM, Bucket.WEEK));

    assertThat(overall)
        .extracting(
            r ->
                DateRange.isoWeek(r.bucket().orElseThrow())
                    + " "
                    + r.totals().activeUsers()
                    + " "
                    + r.totals().runs())
        .containsExactly("2026-W10 3 4", "2026-W11 2 3");
    assertThat(perTeam)
        .extracting(
            r ->
                r.bucket().orElseThrow()
                    + " "
                    + r.group().orElseThrow()
                    + " "
                    + r.totals().activeUsers())
        .containsExactly(
            "2026-03-02 finance 1",
            "2026-03-02 support 2",
            "2026-03-09 support 2",
            "2026-03-09 finance 1");
  }

  @Test
  void perDayBucketsByTheUtcDayARunStarted() {
    List<UsageRow> rows = usage.report(UsageRequest.total(TWO_WEEKS, Bucket.DAY));

    assertThat(rows)
        .extracting(r -> r.bucket().orElseThrow().toString())
        .containsExactly(
            "2026-03-02",
            "2026-03-04",
            "2026-03-05",
            "2026-03-08",
            "2026-03-09",
            "2026-03-10",
            "2026-03-15");
  }

  @Test
  void onePersonsUsageLeavesEveryoneElseOut() {
    UsageRequest byTemplate = UsageRequest.of(TWO_WEEKS, Grouping.TEMPLATE, Bucket.TOTAL).of("ana");

    assertThat(usage.report(byTemplate))
        .extracting(r -> r.group().orElse("(none)") + " " + r.totals().runs())
        .containsExactly("reply-to-complaint 2", "translate 1");
    assertThat(usage.totals(TWO_WEEKS, Optional.of("ana")).costUsd())
        .isEqualByComparingTo("0.012796");
    assertThat(usage.totals(TWO_WEEKS, Optional.of("nobody"))).isEqualTo(UsageTotals.NONE);
  }

  @Test
  void maskedEntityCountsAreSummedMostFirstAndPerPerson() {
    assertThat(usage.maskedEntities(TWO_WEEKS, Optional.empty()))
        .containsExactly(Map.entry("PERSON", 3L), Map.entry("EMAIL", 1L));
    assertThat(usage.maskedEntities(TWO_WEEKS, Optional.of("ben"))).isEmpty();
  }

  @Test
  void perModelSeparatesModels() {
    assertThat(usage.report(UsageRequest.of(TWO_WEEKS, Grouping.MODEL, Bucket.TOTAL)))
        .extracting(r -> r.group().orElseThrow() + " " + r.totals().runs())
        .containsExactly("claude-haiku-4-5 1", "claude-sonnet-4-5 6");
  }
}
