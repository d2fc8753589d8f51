package onramp.insights;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@link Governance} from gateway_policy_exception, gateway_audit and workspace_run. */
final class GovernanceQuery {
  private final Sql sql;

  GovernanceQuery(Sql sql) {
    this.sql = sql;
  }

  Governance load(ReportMonth month, Instant asOf) {
    Instant start = month.start();
    Instant end = month.end();
    Instant cut = end.isAfter(asOf) ? asOf : end;
    record Ex(long granted, long refused, long revoked) {}
    Ex ex =
        sql.one(
            """
            SELECT count(*) FILTER (WHERE status IN ('GRANTED', 'REVOKED') AND decided_at >= ? AND decided_at < ?) AS granted,
                   count(*) FILTER (WHERE status = 'REFUSED' AND decided_at >= ? AND decided_at < ?) AS refused,
                   count(*) FILTER (WHERE status = 'REVOKED' AND revoked_at >= ? AND revoked_at < ?) AS revoked
            FROM gateway_policy_exception""",
            rs -> new Ex(rs.getLong("granted"), rs.getLong("refused"), rs.getLong("revoked")),
            start,
            end,
            start,
            end,
            start,
            end);
    var expiring =
        sql.list(
            """
            SELECT vendor, model, purpose, ticket, expires FROM gateway_policy_exception
            WHERE status = 'GRANTED' AND expires IS NOT NULL
              AND expires >= (?::timestamptz AT TIME ZONE 'UTC')::date
              AND expires < (?::timestamptz AT TIME ZONE 'UTC')::date + 30
            ORDER BY expires, vendor, model""",
            rs ->
                new Governance.Expiring(
                    rs.getString("vendor"),
                    rs.getString("model"),
                    rs.getString("purpose"),
                    rs.getString("ticket"),
                    rs.getObject("expires", java.time.LocalDate.class)),
            cut,
            cut);
    Map<String, Long> refusals = new LinkedHashMap<>();
    Map<String, Long> incidents = new LinkedHashMap<>();
    sql.list(
            """
            SELECT outcome, coalesce(error_code, '(none)') AS code, count(*) AS n
            FROM gateway_audit WHERE at >= ? AND at < ? AND outcome <> 'OK'
            GROUP BY 1, 2 ORDER BY 3 DESC, 2""",
            rs -> new Object[] {rs.getString("outcome"), rs.getString("code"), rs.getLong("n")},
            start,
            end)
        .forEach(
            r ->
                ("REFUSED".equals(r[0]) ? refusals : incidents)
                    .merge((String) r[1], (Long) r[2], Long::sum));
    record Retry(long retries, long calls) {}
    Retry retry =
        sql.one(
            """
            SELECT coalesce(sum(attempts - 1), 0) AS retries, count(*) AS calls
            FROM gateway_audit WHERE at >= ? AND at < ? AND attempts > 1""",
            rs -> new Retry(rs.getLong("retries"), rs.getLong("calls")),
            start,
            end);
    long sent =
        sql.one(
            """
            SELECT count(*) FROM workspace_run
            WHERE started_at >= ? AND started_at < ? AND status IN ('COMPLETE', 'PARTIAL', 'FAILED')""",
            rs -> rs.getLong(1),
            start,
            end);
    long audited =
        sql.one(
            """
            SELECT count(*) FROM gateway_audit
            WHERE tool = ? AND at >= ? AND at < ? AND outcome <> 'REFUSED'""",
            rs -> rs.getLong(1),
            SpendQuery.WORKSPACE_TOOL,
            start,
            end);
    return new Governance(
        ex.granted(),
        ex.refused(),
        ex.revoked(),
        expiring,
        refusals,
        sent,
        audited,
        incidents,
        retry.retries(),
        retry.calls());
  }
}
