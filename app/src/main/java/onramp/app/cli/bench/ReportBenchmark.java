package onramp.app.cli.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import javax.sql.DataSource;
import onramp.app.system.insights.DxDeveloperImpact;
import onramp.devtools.dx.DxStore;
import onramp.insights.MonthlyReport;
import onramp.insights.Report;
import onramp.insights.ReportMonth;
import onramp.insights.render.ReportHtml;
import onramp.insights.render.ReportPdf;

/**
 * {@code ./onramp bench report}: the monthly report for a month of {@code applications}
 * applications (each with a system decision, a third reviewed by a person) and {@code calls}
 * gateway calls, plus the previous months' share, on a fresh database with every migration serve
 * runs. The rows are made inside PostgreSQL ({@code generate_series}), then the report is timed as
 * {@code ./onramp report} makes it: figures (the queries), then HTML and PDF. The goal:
 * 50,000 applications and 500,000 calls in ≤ 10 s on 2 cores.
 */
public final class ReportBenchmark {
  static final ReportMonth MONTH = ReportMonth.parse("2026-11");

  private ReportBenchmark() {}

  public static String run(DataSource db, int applications, int calls) throws SQLException {
    long f0 = System.nanoTime();
    fill(db, applications, calls);
    long f1 = System.nanoTime();
    Clock clock = Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC);
    MonthlyReport reports =
        new MonthlyReport(db, clock, new DxDeveloperImpact(DxStore.on(db, clock)));
    // one run to warm the JIT and PostgreSQL's caches, then the measured one
    reports.figures(MONTH);
    long t0 = System.nanoTime();
    Report report = reports.figures(MONTH);
    long t1 = System.nanoTime();
    String html = ReportHtml.render(report, "");
    long t2 = System.nanoTime();
    byte[] pdf = ReportPdf.render(html);
    long t3 = System.nanoTime();
    double figures = (t1 - t0) / 1e9;
    double htmlSeconds = (t2 - t1) / 1e9;
    double pdfSeconds = (t3 - t2) / 1e9;
    double total = figures + htmlSeconds + pdfSeconds;
    return String.format(
        Locale.ROOT,
        """
        report: %,d applications and %,d gateway calls in %s (and a quarter as many in each of the 5 months before), %d cores
          rows made in PostgreSQL: %.1f s (not part of the report's time)
          figures (queries):  %6.2f s
          HTML:               %6.2f s (%,d bytes)
          PDF:                %6.2f s (%,d bytes)
          total:              %6.2f s   goal ≤ 10 s: %s (ratio to the goal %.2f)
        """,
        applications,
        calls,
        MONTH,
        Runtime.getRuntime().availableProcessors(),
        (f1 - f0) / 1e9,
        figures,
        htmlSeconds,
        html.length(),
        pdfSeconds,
        pdf.length,
        total,
        total <= 10 ? "met" : "NOT met",
        total / 10);
  }

  /** The month's rows and a quarter as many in each of the five months before. */
  static void fill(DataSource db, int applications, int calls) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      for (int back = 0; back <= 5; back++) {
        ReportMonth m = new ReportMonth(MONTH.month().minusMonths(back));
        int apps = back == 0 ? applications : applications / 4;
        int n = back == 0 ? calls : calls / 4;
        String start = "'" + m.start() + "'::timestamptz";
        String seconds = "extract(epoch FROM ('" + m.end() + "'::timestamptz - " + start + "))";
        s.execute(
            "CREATE TEMP TABLE bench_app AS SELECT gen_random_uuid() AS id, i,"
                + start
                + " + (random() * "
                + seconds
                + " * 0.9) * interval '1 second' AS submitted FROM generate_series(1, "
                + apps
                + ") i");
        s.execute(
            "INSERT INTO application (id, status, applicant, round, submitted_at, decided_at, created_at)"
                + " SELECT id, CASE WHEN i % 10 = 0 THEN 'IN_REVIEW' ELSE 'DECIDED' END, '{}', 1,"
                + " submitted, CASE WHEN i % 10 = 0 THEN NULL ELSE submitted + (random() * 8 * 86400)"
                + " * interval '1 second' END, submitted FROM bench_app");
        s.execute(
            "INSERT INTO decision (application_id, decision, reasons, decided_at, decided_by, round)"
                + " SELECT id, (ARRAY['APPROVED','REJECTED','NEEDS_REVIEW'])[1 + i % 3],"
                + " CASE WHEN i % 3 = 0 THEN '[]'::jsonb ELSE '[\"LICENCE_EXPIRED\"]'::jsonb END,"
                + " submitted + interval '90 seconds', 'system', 1 FROM bench_app");
        s.execute(
            "INSERT INTO decision (application_id, decision, reasons, decided_at, decided_by, round, reviews)"
                + " SELECT a.id, CASE WHEN a.i % 2 = 0 THEN 'APPROVED' ELSE 'REJECTED' END, '[]',"
                + " a.submitted + interval '2 days', 'reviewer', 1, d.id"
                + " FROM bench_app a JOIN decision d ON d.application_id = a.id AND d.decided_by = 'system'"
                + " WHERE a.i % 3 = 2 AND a.i % 10 <> 0");
        s.execute("DROP TABLE bench_app");
        s.execute(
            "INSERT INTO gateway_audit (call_id, at, user_id, team, tool, purpose, data_class, vendor,"
                + " model, input_tokens, output_tokens, cost_usd, latency_ms, attempts, outcome, error_code)"
                + " SELECT gen_random_uuid(), "
                + start
                + " + (random() * "
                + seconds
                + ") * interval '1 second', 'u' || (i % 300),"
                + " (ARRAY['support','growth','finance','platform','onboarding'])[1 + i % 5],"
                + " (ARRAY['workspace','ts-assistant','licence-front-reader','i9-page-reader'])[1 + i % 4],"
                + " 'p', 'INTERNAL', 'anthropic', (ARRAY['claude-sonnet-4-5','claude-haiku-4-5'])[1 + i % 2],"
                + " 1000, 200, 0.0042, 900, 1 + (i % 50 = 0)::int,"
                + " CASE WHEN i % 200 = 0 THEN 'VENDOR_ERROR' ELSE 'OK' END,"
                + " CASE WHEN i % 200 = 0 THEN '529' END FROM generate_series(1, "
                + n
                + ") i");
      }
      s.execute("ANALYZE");
    }
  }
}
