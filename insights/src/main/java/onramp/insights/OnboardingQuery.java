package onramp.insights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@link Onboarding} from application and decision. */
final class OnboardingQuery {
  private final Sql sql;

  OnboardingQuery(Sql sql) {
    this.sql = sql;
  }

  Onboarding load(ReportMonth month, int months, Instant asOf) {
    Instant start = month.start();
    Instant end = month.end();
    Instant cut = end.isAfter(asOf) ? asOf : end;
    long submitted =
        sql.one(
            "SELECT count(*) FROM application WHERE submitted_at >= ? AND submitted_at < ?",
            rs -> rs.getLong(1),
            start,
            end);
    List<Onboarding.MonthPoint> history = new ArrayList<>();
    ReportMonth first = new ReportMonth(month.month().minusMonths(months - 1L));
    history.addAll(
        sql.list(
            """
            SELECT date_trunc('month', decided_at AT TIME ZONE 'UTC') AS m, count(*) AS n,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - submitted_at)) / 3600 AS p50,
                   percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - submitted_at)) / 3600 AS p95
            FROM application
            WHERE status = 'DECIDED' AND decided_at >= ? AND decided_at < ? AND submitted_at IS NOT NULL
            GROUP BY 1 ORDER BY 1""",
            rs ->
                new Onboarding.MonthPoint(
                    new ReportMonth(
                        java.time.YearMonth.from(rs.getTimestamp("m").toLocalDateTime())),
                    rs.getLong("n"),
                    Sql.dbl(rs, "p50"),
                    Sql.dbl(rs, "p95")),
            first.start(),
            end));
    Onboarding.MonthPoint current =
        history.stream()
            .filter(p -> p.month().equals(month))
            .findFirst()
            .orElse(new Onboarding.MonthPoint(month, 0, Double.NaN, Double.NaN));
    long approved =
        sql.one(
            """
            SELECT count(*) FROM application a
            WHERE a.status = 'DECIDED' AND a.decided_at >= ? AND a.decided_at < ?
              AND (SELECT d.decision FROM decision d WHERE d.application_id = a.id
                   ORDER BY d.decided_at DESC, d.id DESC LIMIT 1) = 'APPROVED'""",
            rs -> rs.getLong(1),
            start,
            end);
    long systemDecisions =
        sql.one(
            "SELECT count(*) FROM decision WHERE decided_by = 'system' AND decided_at >= ? AND decided_at < ?",
            rs -> rs.getLong(1),
            start,
            end);
    Map<String, Long> byReason = new LinkedHashMap<>();
    long overrides =
        sql.one(
            """
            SELECT count(*) FROM decision r JOIN decision s ON s.id = r.reviews
            WHERE r.decided_by <> 'system' AND r.decided_at >= ? AND r.decided_at < ?
              AND s.decision IN ('APPROVED', 'REJECTED') AND r.decision <> s.decision""",
            rs -> rs.getLong(1),
            start,
            end);
    sql.list(
            """
            SELECT coalesce(reason ->> 'code', '(no reason)') AS code, count(*) AS n
            FROM decision r JOIN decision s ON s.id = r.reviews
            LEFT JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_array_length(s.reasons) = 0
                 THEN '[{}]'::jsonb ELSE s.reasons END) AS reason ON true
            WHERE r.decided_by <> 'system' AND r.decided_at >= ? AND r.decided_at < ?
              AND s.decision IN ('APPROVED', 'REJECTED') AND r.decision <> s.decision
            GROUP BY 1 ORDER BY 2 DESC, 1""",
            rs -> Map.entry(rs.getString("code"), rs.getLong("n")),
            start,
            end)
        .forEach(e -> byReason.put(e.getKey(), e.getValue()));
    record Queue(long open, double p50, long over7) {}
    Queue queue =
        sql.one(
            """
            SELECT count(*) AS open,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ?::timestamptz - submitted_at)) / 86400 AS p50,
                   count(*) FILTER (WHERE submitted_at < ?::timestamptz - interval '7 days') AS over7
            FROM application
            WHERE submitted_at < ? AND (decided_at IS NULL OR decided_at >= ?)""",
            rs -> new Queue(rs.getLong("open"), Sql.dbl(rs, "p50"), rs.getLong("over7")),
            cut,
            cut,
            cut,
            cut);
    return new Onboarding(
        submitted,
        current.decided(),
        approved,
        current.p50Hours(),
        current.p95Hours(),
        systemDecisions,
        overrides,
        byReason,
        queue.open(),
        queue.p50(),
        queue.over7(),
        fill(history, first, months));
  }

  /** One point per month, zero where nothing was decided. */
  static List<Onboarding.MonthPoint> fill(
      List<Onboarding.MonthPoint> found, ReportMonth first, int months) {
    List<Onboarding.MonthPoint> out = new ArrayList<>();
    for (int i = 0; i < months; i++) {
      ReportMonth m = new ReportMonth(first.month().plusMonths(i));
      out.add(
          found.stream()
              .filter(p -> p.month().equals(m))
              .findFirst()
              .orElse(new Onboarding.MonthPoint(m, 0, Double.NaN, Double.NaN)));
    }
    return out;
  }
}
