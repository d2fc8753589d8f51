package onramp.insights;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@link Adoption} from workspace_run. */
final class AdoptionQuery {
  private final Sql sql;

  AdoptionQuery(Sql sql) {
    this.sql = sql;
  }

  Adoption load(ReportMonth month) {
    var start = month.start();
    var end = month.end();
    record Totals(long runs, long users, long customer) {}
    Totals t =
        sql.one(
            """
            SELECT count(*) AS runs, count(DISTINCT username) AS users,
                   count(*) FILTER (WHERE data_class IN ('CUSTOMER', 'RESTRICTED')) AS customer
            FROM workspace_run WHERE started_at >= ? AND started_at < ?""",
            rs -> new Totals(rs.getLong("runs"), rs.getLong("users"), rs.getLong("customer")),
            start,
            end);
    // Weeks are ISO weeks (Monday) clipped to the month; a team's mean counts weeks with no user as
    // 0.
    Map<String, Double> wau = new LinkedHashMap<>();
    sql.list(
            """
            WITH weeks AS (
              SELECT DISTINCT date_trunc('week', d) AS w
              FROM generate_series(?::timestamptz AT TIME ZONE 'UTC',
                                   ?::timestamptz AT TIME ZONE 'UTC' - interval '1 day', interval '1 day') AS d),
            active AS (
              SELECT team, date_trunc('week', started_at AT TIME ZONE 'UTC') AS w, count(DISTINCT username) AS n
              FROM workspace_run WHERE started_at >= ? AND started_at < ? GROUP BY 1, 2)
            SELECT team, sum(n)::float8 / (SELECT count(*) FROM weeks) AS wau
            FROM active GROUP BY team ORDER BY wau DESC, team""",
            rs -> Map.entry(rs.getString("team"), rs.getDouble("wau")),
            start,
            end,
            start,
            end)
        .forEach(e -> wau.put(e.getKey(), e.getValue()));
    var byTemplate =
        sql.list(
            """
            SELECT coalesce(template_id, '(no template)') AS name, count(*) AS n
            FROM workspace_run WHERE started_at >= ? AND started_at < ?
            GROUP BY 1 ORDER BY 2 DESC, 1""",
            rs -> new Adoption.Count(rs.getString("name"), rs.getLong("n")),
            start,
            end);
    Map<String, Long> masked = new LinkedHashMap<>();
    sql.list(
            """
            SELECT e.key AS type, sum(e.value::bigint) AS n
            FROM workspace_run r, jsonb_each_text(r.masked_counts) e
            WHERE r.started_at >= ? AND r.started_at < ?
            GROUP BY 1 ORDER BY 2 DESC, 1""",
            rs -> Map.entry(rs.getString("type"), rs.getLong("n")),
            start,
            end)
        .forEach(e -> masked.put(e.getKey(), e.getValue()));
    return new Adoption(t.runs(), t.users(), wau, byTemplate, t.customer(), masked);
  }
}
