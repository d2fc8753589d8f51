package onramp.app.ops;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.app.apply.ApplicationState;
import onramp.app.apply.processing.Processor;
import onramp.onboarding.Outcome;
import onramp.onboarding.decision.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Computes {@link OpsFigures} from the tables (no personal data involved: codes, counts, times).
 */
@Service
public class Operations {
  private final JdbcClient jdbc;
  private final Clock clock;

  Operations(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public OpsFigures figures(int days) {
    LocalDate today = LocalDate.now(clock);
    LocalDate from = today.minusDays(days - 1L);
    List<OpsFigures.Day> perDay =
        jdbc.sql(
                """
            SELECT g.day::date AS day,
              (SELECT count(*) FROM application a WHERE a.created_at::date = g.day::date) AS sign_ups,
              (SELECT count(*) FROM decision d WHERE d.decided_by = 'system' AND d.decided_at::date = g.day::date
                 AND d.decision = :approved) AS approved,
              (SELECT count(*) FROM decision d WHERE d.decided_by = 'system' AND d.decided_at::date = g.day::date
                 AND d.decision = :rejected) AS rejected,
              (SELECT count(*) FROM decision d WHERE d.decided_by = 'system' AND d.decided_at::date = g.day::date
                 AND d.decision = :needsReview) AS review
            FROM generate_series(CAST(:from AS date), CAST(:to AS date), interval '1 day') AS g(day)
            ORDER BY 1""")
            .param("from", from)
            .param("to", today)
            .param("approved", Outcome.APPROVED.name())
            .param("rejected", Outcome.REJECTED.name())
            .param("needsReview", Outcome.NEEDS_REVIEW.name())
            .query(
                (rs, n) ->
                    new OpsFigures.Day(
                        rs.getDate("day").toLocalDate(),
                        rs.getLong("sign_ups"),
                        rs.getLong("approved"),
                        rs.getLong("rejected"),
                        rs.getLong("review")))
            .list();
    long automated = perDay.stream().mapToLong(d -> d.approved() + d.rejected()).sum();
    long review = perDay.stream().mapToLong(OpsFigures.Day::review).sum();
    Optional<Double> rate =
        automated + review == 0
            ? Optional.empty()
            : Optional.of((double) automated / (automated + review));
    double[] system =
        percentiles(
            """
        SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY s), percentile_cont(0.95) WITHIN GROUP (ORDER BY s) FROM (
          SELECT extract(epoch FROM d.decided_at - a.submitted_at) AS s FROM decision d JOIN application a
            ON a.id = d.application_id AND a.round = d.round
          WHERE d.decided_by = 'system' AND d.decided_at >= CAST(:from AS date)) t""",
            from,
            Map.of());
    double[] fin =
        percentiles(
            """
        SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY s), percentile_cont(0.95) WITHIN GROUP (ORDER BY s) FROM (
          SELECT extract(epoch FROM a.decided_at - a.submitted_at) AS s FROM application a
          WHERE a.status = :decided AND a.decided_at >= CAST(:from AS date)) t""",
            from,
            Map.of("decided", ApplicationState.DECIDED.name()));
    record Queue(long size, Optional<Double> oldestHours) {}
    Queue queue =
        jdbc.sql(
                """
            SELECT count(*) AS size, extract(epoch FROM now() - min(submitted_at)) / 3600 AS oldest
            FROM application WHERE status = :inReview""")
            .param("inReview", ApplicationState.IN_REVIEW.name())
            .query((rs, n) -> new Queue(rs.getLong("size"), optional(rs, "oldest")))
            .single();
    List<OpsFigures.Count> reasons =
        jdbc.sql(
                """
            SELECT r->>'code' AS code, count(*) AS n FROM decision d, jsonb_array_elements(d.reasons) r
            WHERE d.decided_by = 'system' AND r->>'severity' <> :info AND d.decided_at >= CAST(:from AS date)
            GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 8""")
            .param("from", from)
            .param("info", Severity.INFO.name())
            .query((rs, n) -> new OpsFigures.Count(rs.getString("code"), rs.getLong("n")))
            .list();
    return new OpsFigures(
        perDay,
        automated,
        review,
        rate,
        opt(system[0]),
        opt(system[1]),
        opt(fin[0]),
        opt(fin[1]),
        queue.size(),
        queue.oldestHours(),
        reasons,
        processing(from));
  }

  private OpsFigures.Processing processing(LocalDate from) {
    return jdbc.sql(
            """
            SELECT count(*) FILTER (WHERE NOT t.picked AND t.consecutive_failures = 0) AS waiting,
              count(*) FILTER (WHERE t.picked) AS running,
              count(*) FILTER (WHERE NOT t.picked AND t.consecutive_failures > 0) AS retrying,
              coalesce(max(t.consecutive_failures), 0) AS most_failed,
              max(t.last_failure) AS last_failure,
              (SELECT count(*) FROM decision d, jsonb_array_elements(d.reasons) r
                WHERE d.decided_by = 'system' AND r->>'code' = :gaveUp
                AND d.decided_at >= CAST(:from AS date)) AS gave_up
            FROM scheduled_tasks t WHERE t.task_name = :task""")
        .param("gaveUp", Processor.GAVE_UP)
        .param("from", from)
        .param("task", Processor.TASK)
        .query(
            (rs, n) ->
                new OpsFigures.Processing(
                    rs.getLong("waiting"),
                    rs.getLong("running"),
                    rs.getLong("retrying"),
                    rs.getInt("most_failed"),
                    Optional.ofNullable(rs.getTimestamp("last_failure")).map(t -> t.toInstant()),
                    rs.getLong("gave_up")))
        .single();
  }

  private double[] percentiles(String sql, LocalDate from, Map<String, Object> params) {
    return jdbc.sql(sql)
        .param("from", from)
        .params(params)
        .query(
            (rs, n) ->
                new double[] {
                  rs.getObject(1) == null ? Double.NaN : rs.getDouble(1),
                  rs.getObject(2) == null ? Double.NaN : rs.getDouble(2)
                })
        .single();
  }

  private static Optional<Double> opt(double v) {
    return Double.isNaN(v) ? Optional.empty() : Optional.of(v);
  }

  private static Optional<Double> optional(ResultSet rs, String column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(v);
  }
}
