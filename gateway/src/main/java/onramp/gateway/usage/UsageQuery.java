package onramp.gateway.usage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import onramp.gateway.GatewayConfigException;
import onramp.gateway.Usage;
import onramp.gateway.audit.Outcome;

/**
 * Usage read from the {@code gateway_audit} table, summed in the database. Days and months are UTC
 * whatever the session's time zone; dollars are the exact sum of {@code cost_usd}.
 */
public final class UsageQuery {
  private final DataSource dataSource;

  private UsageQuery(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public static UsageQuery create(DataSource dataSource) {
    return new UsageQuery(dataSource);
  }

  public UsageReport report(UsageRequest request) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql(request))) {
      int i = 1;
      for (Outcome o : List.of(Outcome.OK, Outcome.REFUSED, Outcome.FAILED)) {
        ps.setString(i++, o.name());
      }
      ps.setObject(i++, OffsetDateTime.ofInstant(request.period().start(), ZoneOffset.UTC));
      ps.setObject(i, OffsetDateTime.ofInstant(request.period().end(), ZoneOffset.UTC));
      List<UsageRow> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(row(rs, request));
        }
      }
      return new UsageReport(request, rows);
    } catch (SQLException e) {
      throw new GatewayConfigException(
          "could not read gateway usage from the audit trail: " + e.getMessage(), e);
    }
  }

  /** Everything in the period. */
  public UsageTotals totals(Period period) {
    return report(new UsageRequest(period, List.of(), Granularity.MONTH)).totals();
  }

  /** Per day, one line per value of {@code by}. */
  public DailySeries daily(Period period, Dimension by) {
    return DailySeries.of(report(UsageRequest.of(period, Granularity.DAY, by)));
  }

  private static String sql(UsageRequest request) {
    List<Dimension> by = request.by();
    StringBuilder select =
        new StringBuilder("SELECT (date_trunc('")
            .append(request.per().sqlField())
            .append("', a.at AT TIME ZONE 'UTC'))::date AS bucket");
    StringBuilder group = new StringBuilder("bucket");
    StringBuilder order = new StringBuilder("bucket, cost_usd DESC");
    for (int i = 0; i < by.size(); i++) {
      select.append(", ").append(by.get(i).column()).append(" AS g").append(i);
      group.append(", g").append(i);
      order.append(", g").append(i).append(" NULLS LAST");
    }
    if (request.byKey()) {
      select.append(", k.hint AS key_hint");
      group.append(", key_hint");
    }
    return select
        + """
        , count(*) FILTER (WHERE a.outcome = ?) AS ok,
          count(*) FILTER (WHERE a.outcome = ?) AS refused,
          count(*) FILTER (WHERE a.outcome = ?) AS failed,
          sum(a.input_tokens)::bigint AS input_tokens,
          sum(a.output_tokens)::bigint AS output_tokens,
          sum(a.cache_read_tokens)::bigint AS cache_read_tokens,
          sum(a.cache_write_5m_tokens)::bigint AS cache_write_5m_tokens,
          sum(a.cache_write_1h_tokens)::bigint AS cache_write_1h_tokens,
          sum(a.cost_usd) AS cost_usd
        FROM gateway_audit a
        """
        + (request.byKey() ? "LEFT JOIN gateway_virtual_key k ON k.id::text = a.key_id\n" : "")
        + "WHERE a.at >= ? AND a.at < ?\nGROUP BY "
        + group
        + "\nORDER BY "
        + order;
  }

  private static UsageRow row(ResultSet rs, UsageRequest request) throws SQLException {
    List<UsageRow.GroupValue> groups = new ArrayList<>();
    for (int i = 0; i < request.by().size(); i++) {
      groups.add(
          new UsageRow.GroupValue(request.by().get(i), Optional.ofNullable(rs.getString("g" + i))));
    }
    Optional<String> hint =
        request.byKey() ? Optional.ofNullable(rs.getString("key_hint")) : Optional.empty();
    UsageTotals totals =
        new UsageTotals(
            rs.getLong("ok"),
            rs.getLong("refused"),
            rs.getLong("failed"),
            new Usage(
                rs.getLong("input_tokens"),
                rs.getLong("output_tokens"),
                rs.getLong("cache_read_tokens"),
                rs.getLong("cache_write_5m_tokens"),
                rs.getLong("cache_write_1h_tokens")),
            rs.getBigDecimal("cost_usd"));
    return new UsageRow(rs.getObject("bucket", LocalDate.class), groups, hint, totals);
  }
}
