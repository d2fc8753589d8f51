package onramp.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import onramp.testkit.TestDatabase;
import onramp.testsupport.CliRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./onramp report} on serve's database (named by ONRAMP_DATABASE_URL). */
class ReportCommandIT {
  @TempDir static Path dir;
  static TestDatabase db;

  @BeforeAll
  static void create() throws Exception {
    db = TestDatabase.create();
    // The first report migrates serve's database, as any command does on a fresh one.
    assertThat(report("--month", "2026-09", "--out", dir.resolve("first").toString()).exit())
        .isZero();
    try (var c = java.sql.DriverManager.getConnection(db.url(), "postgres", "");
        var s = c.createStatement()) {
      s.execute(
          "INSERT INTO gateway_audit (call_id, at, user_id, team, tool, purpose, data_class, vendor, model, cost_usd, latency_ms, attempts, outcome)"
              + " VALUES (gen_random_uuid(), '2026-10-03T10:00:00Z', 'u', 'support', 'workspace', 'p', 'INTERNAL', 'anthropic', 'claude-sonnet', 1.25, 100, 1, 'OK'),"
              + " (gen_random_uuid(), '2026-10-04T10:00:00Z', 'u', 'growth', 'workspace', 'p', 'INTERNAL', 'anthropic', 'claude-sonnet', 2.50, 100, 1, 'OK')");
    }
  }

  @AfterAll
  static void drop() throws Exception {
    db.close();
  }

  static CliRun report(String... args) {
    return CliRun.of(new ReportCommand(CliRun.env(db, dir.resolve("data"))), args);
  }

  @Test
  void writesTheHtmlAndThePdfOfTheMonth() throws Exception {
    Path out = dir.resolve("out");
    CliRun r = report("--month", "2026-10", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("monthly report, October 2026").contains("$3.75").contains("<svg");
    assertThat(html).doesNotContain("DEMO DATA");
    byte[] pdf = Files.readAllBytes(out.resolve("report.pdf"));
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
  }

  @Test
  void aBadMonthIsRefusedWithTheFormat() {
    CliRun r = report("--month", "10/2026", "--out", dir.resolve("bad").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("YYYY-MM");
  }

  @Test
  void setChangesASupplyParameterAndAnUnknownOneIsNamed() {
    CliRun ok =
        report(
            "--month",
            "2026-10",
            "--out",
            dir.resolve("set").toString(),
            "--set",
            "activation_rate=0.5");
    assertThat(ok.exit()).as(ok.err()).isZero();
    CliRun bad =
        report("--month", "2026-10", "--out", dir.resolve("set").toString(), "--set", "nonsense=1");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err())
        .contains("No supply parameter named 'nonsense'")
        .contains("activation_rate");
  }
}
