package onramp.workspace.usage;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Usage read from {@code workspace_run}, summed in the database: runs, distinct people, customer
 * data runs, tokens and exact dollars, per day (UTC) or ISO week (Monday to Sunday, UTC), grouped
 * by user, team, template or model. A run counts where it started.
 */
public final class WorkspaceUsage {
  private final DataSource dataSource;

  private WorkspaceUsage(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public static WorkspaceUsage create(DataSource dataSource) {
    return new WorkspaceUsage(dataSource);
  }

  /** Rows in bucket order, dearest group first within a bucket. */
  public List<UsageRow> report(UsageRequest request) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql(request))) {
      int i = bindRange(ps, request);
      if (request.user().isPresent()) {
        ps.setString(i, request.user().get());
      }
      List<UsageRow> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(row(rs, request));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new UsageDatabaseException("read workspace usage", e);
    }
  }

  /** Everything in the request's range (and of its user, if any), as one set of totals. */
  public UsageTotals totals(DateRange range, Optional<String> user) {
    List<UsageRow> rows = report(new UsageRequest(range, Optional.empty(), Bucket.TOTAL, user));
    return rows.isEmpty() ? UsageTotals.NONE : rows.getFirst().totals();
  }

  /**
   * How many values of each kind of personal data were masked before runs left, most first: {@code
   * {"EMAIL": 12, "PERSON": 7}}. Counts only; the values themselves are sealed with the run.
   */
  public Map<String, Long> maskedEntities(DateRange range, Optional<String> user) {
    String sql =
        "SELECT m.key AS entity, sum(m.value::bigint) AS n FROM workspace_run r,"
            + " jsonb_each_text(r.masked_counts) m WHERE r.started_at >= ? AND r.started_at < ?"
            + (user.isPresent() ? " AND r.username = ?" : "")
            + " GROUP BY m.key ORDER BY n DESC, entity";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      int i = bindRange(ps, new UsageRequest(range, Optional.empty(), Bucket.TOTAL, user));
      if (user.isPresent()) {
        ps.setString(i, user.get());
      }
      Map<String, Long> out = new LinkedHashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString("entity"), rs.getLong("n"));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new UsageDatabaseException("read the masked entity counts of workspace runs", e);
    }
  }

  private static int bindRange(PreparedStatement ps, UsageRequest request) throws SQLException {
    ps.setObject(1, OffsetDateTime.ofInstant(request.range().start(), ZoneOffset.UTC));
    ps.setObject(2, OffsetDateTime.ofInstant(request.range().end(), ZoneOffset.UTC));
    return 3;
  }

  private static String sql(UsageRequest request) {
    List<String> select = new ArrayList<>();
    List<String> group = new ArrayList<>();
    List<String> order = new ArrayList<>();
    if (request.per() != Bucket.TOTAL) {
      select.add(
          "(date_trunc('"
              + request.per().label()
              + "', r.started_at AT TIME ZONE 'UTC'))::date AS bucket");
      group.add("bucket");
      order.add("bucket");
    }
    order.add("cost_usd DESC");
    if (request.by().isPresent()) {
      select.add(request.by().get().column() + " AS g");
      group.add("g");
      order.add("g NULLS LAST");
      if (request.by().get() == Grouping.USER) {
        select.add("max(e.display_name) AS display_name");
      }
    }
    select.addAll(
        List.of(
            "count(*) AS runs",
            "count(DISTINCT r.username) AS active_users",
            "count(*) FILTER (WHERE r.data_class = 'CUSTOMER') AS customer_runs",
            "count(*) FILTER (WHERE r.data_class = 'RESTRICTED') AS restricted_runs",
            "sum(r.input_tokens) AS input_tokens",
            "sum(r.output_tokens) AS output_tokens",
            "sum(r.cache_read_tokens) AS cache_read_tokens",
            "sum(r.cache_write_tokens) AS cache_write_tokens",
            "sum(r.cost_usd) AS cost_usd"));
    return "SELECT "
        + String.join(", ", select)
        + " FROM workspace_run r LEFT JOIN workspace_employee e ON e.username = r.username"
        + " WHERE r.started_at >= ? AND r.started_at < ?"
        + (request.user().isPresent() ? " AND r.username = ?" : "")
        + (group.isEmpty() ? " HAVING count(*) > 0" : " GROUP BY " + String.join(", ", group))
        + " ORDER BY "
        + String.join(", ", order);
  }

  private static UsageRow row(ResultSet rs, UsageRequest request) throws SQLException {
    Optional<LocalDate> bucket =
        request.per() == Bucket.TOTAL
            ? Optional.empty()
            : Optional.of(rs.getObject("bucket", LocalDate.class));
    Optional<String> group =
        request.by().isPresent() ? Optional.ofNullable(rs.getString("g")) : Optional.empty();
    Optional<String> name =
        request.by().orElse(Grouping.TEAM) == Grouping.USER
            ? Optional.ofNullable(rs.getString("display_name"))
            : Optional.empty();
    BigDecimal cost = rs.getBigDecimal("cost_usd");
    return new UsageRow(
        bucket,
        group,
        name,
        new UsageTotals(
            rs.getLong("runs"),
            rs.getLong("active_users"),
            rs.getLong("customer_runs"),
            rs.getLong("restricted_runs"),
            rs.getLong("input_tokens"),
            rs.getLong("output_tokens"),
            rs.getLong("cache_read_tokens"),
            rs.getLong("cache_write_tokens"),
            cost.signum() == 0 ? BigDecimal.ZERO : cost.stripTrailingZeros()));
  }
}
