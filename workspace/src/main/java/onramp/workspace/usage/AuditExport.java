package onramp.workspace.usage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import onramp.workspace.Workspace;

/**
 * The workspace's audit trail for compliance, in a range of days: every model call the gateway
 * audited for tool {@value #TOOL} and the app's workspace events ({@link AuditActions}), in one
 * stream ordered by time. Calls are read with a cursor, so a year of them is never in memory.
 * Prompt text of CUSTOMER and RESTRICTED calls is never exported, even if a misconfigured gateway
 * kept it.
 */
public final class AuditExport {
  /** The tool name the workspace's runs carry in the gateway's attribution. */
  public static final String TOOL = Workspace.TOOL;

  private static final int FETCH = 500;
  private static final String CALLS =
      """
      SELECT call_id, at, user_id, team, tool, purpose, data_class, vendor, model,
        input_tokens, output_tokens, cache_read_tokens, cache_write_5m_tokens, cache_write_1h_tokens,
        cost_usd, latency_ms, attempts, outcome, error_code, vendor_request_id, key_id, masked_entities,
        CASE WHEN data_class IN ('PUBLIC', 'INTERNAL') THEN prompt END AS prompt
      FROM gateway_audit WHERE tool = ? AND at >= ? AND at < ? ORDER BY at, id
      """;

  /** Where the app's own audit events come from (the app owns that table). */
  @FunctionalInterface
  public interface AdminEvents {
    /** Workspace events from {@code start} (included) to {@code end} (excluded), in time order. */
    List<AuditEntry.AdminEvent> between(Instant start, Instant end);
  }

  private final DataSource dataSource;
  private final AdminEvents events;

  private AuditExport(DataSource dataSource, AdminEvents events) {
    this.dataSource = dataSource;
    this.events = events;
  }

  public static AuditExport create(DataSource dataSource, AdminEvents events) {
    return new AuditExport(dataSource, events);
  }

  /** Writes the export to {@code out} (UTF-8) and returns how many lines it wrote, header aside. */
  public long write(DateRange range, AuditFormat format, OutputStream out) {
    Deque<AuditEntry.AdminEvent> admin =
        new ArrayDeque<>(
            events.between(range.start(), range.end()).stream()
                .sorted(Comparator.comparing(AuditEntry.AdminEvent::at))
                .toList());
    long lines = 0;
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (Connection c = dataSource.getConnection();
        AuditSink sink = AuditSink.of(format, text)) {
      // A cursor needs a transaction; only reads happen in it.
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(CALLS)) {
        ps.setFetchSize(FETCH);
        ps.setString(1, TOOL);
        ps.setObject(2, OffsetDateTime.ofInstant(range.start(), ZoneOffset.UTC));
        ps.setObject(3, OffsetDateTime.ofInstant(range.end(), ZoneOffset.UTC));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            AuditEntry.ModelCall call = call(rs);
            while (!admin.isEmpty() && admin.peekFirst().at().isBefore(call.at())) {
              sink.write(admin.removeFirst());
              lines++;
            }
            sink.write(call);
            lines++;
          }
        }
      } finally {
        c.rollback();
      }
      for (AuditEntry.AdminEvent e : admin) {
        sink.write(e);
        lines++;
      }
    } catch (SQLException e) {
      throw new UsageDatabaseException("read the gateway's audit trail for the export", e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the audit export", e);
    }
    return lines;
  }

  private static AuditEntry.ModelCall call(ResultSet rs) throws SQLException {
    BigDecimal cost = rs.getBigDecimal("cost_usd");
    return new AuditEntry.ModelCall(
        rs.getTimestamp("at").toInstant(),
        rs.getObject("call_id", UUID.class),
        new AuditEntry.Caller(
            rs.getString("user_id"),
            rs.getString("team"),
            rs.getString("tool"),
            rs.getString("purpose"),
            rs.getString("data_class")),
        Optional.ofNullable(rs.getString("vendor")),
        rs.getString("model"),
        new AuditEntry.Tokens(
            rs.getLong("input_tokens"),
            rs.getLong("output_tokens"),
            rs.getLong("cache_read_tokens"),
            rs.getLong("cache_write_5m_tokens"),
            rs.getLong("cache_write_1h_tokens")),
        cost.signum() == 0 ? BigDecimal.ZERO : cost.stripTrailingZeros(),
        rs.getLong("latency_ms"),
        rs.getInt("attempts"),
        rs.getString("outcome"),
        Optional.ofNullable(rs.getString("error_code")),
        Optional.ofNullable(rs.getString("vendor_request_id")),
        Optional.ofNullable(rs.getString("key_id")),
        rs.getString("masked_entities"),
        Optional.ofNullable(rs.getString("prompt")));
  }
}
