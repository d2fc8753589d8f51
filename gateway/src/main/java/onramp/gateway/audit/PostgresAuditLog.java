package onramp.gateway.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import onramp.gateway.CallMetadata;
import onramp.gateway.DataClass;
import onramp.gateway.GatewayConfigException;
import onramp.gateway.Usage;
import onramp.gateway.masking.EntityType;

/** The audit trail in the {@code gateway_audit} table. */
public final class PostgresAuditLog implements AuditLog {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLUMNS =
      "call_id, at, user_id, team, tool, purpose, data_class, vendor, model, input_tokens, "
          + "output_tokens, cache_read_tokens, cache_write_5m_tokens, cache_write_1h_tokens, "
          + "cost_usd, latency_ms, attempts, outcome, error_code, vendor_request_id, "
          + "masked_entities, prompt, key_id, cost_estimated";

  private final DataSource dataSource;

  private PostgresAuditLog(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public static PostgresAuditLog create(DataSource dataSource) {
    return new PostgresAuditLog(dataSource);
  }

  @Override
  public void append(AuditRecord r) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO gateway_audit ("
                    + COLUMNS
                    + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      CallMetadata m = r.caller();
      Usage u = r.usage();
      ps.setObject(1, r.callId());
      ps.setTimestamp(2, Timestamp.from(r.at()));
      ps.setString(3, m.user());
      ps.setString(4, m.team());
      ps.setString(5, m.tool());
      ps.setString(6, m.purpose());
      ps.setString(7, m.dataClass().name());
      ps.setString(8, r.vendor().orElse(null));
      ps.setString(9, r.model());
      ps.setLong(10, u.input());
      ps.setLong(11, u.output());
      ps.setLong(12, u.cacheRead());
      ps.setLong(13, u.cacheWrite5m());
      ps.setLong(14, u.cacheWrite1h());
      ps.setBigDecimal(15, r.cost());
      ps.setLong(16, r.latency().toMillis());
      ps.setInt(17, r.attempts());
      ps.setString(18, r.outcome().name());
      ps.setString(19, r.errorCode().orElse(null));
      ps.setString(20, r.vendorRequestId().orElse(null));
      ps.setString(21, JSON.writeValueAsString(r.maskedEntities()));
      ps.setString(22, r.prompt().orElse(null));
      ps.setString(23, m.key().map(CallMetadata.KeyRef::id).orElse(null));
      ps.setBoolean(24, r.costEstimated());
      ps.executeUpdate();
    } catch (SQLException | JsonProcessingException e) {
      throw new GatewayConfigException(
          "could not write the audit record of call " + r.callId() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<AuditRecord> latest(int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT " + COLUMNS + " FROM gateway_audit ORDER BY id DESC LIMIT ?")) {
      ps.setInt(1, limit);
      List<AuditRecord> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(row(rs));
        }
      }
      return out;
    } catch (SQLException | JsonProcessingException e) {
      throw new GatewayConfigException("could not read the audit trail: " + e.getMessage(), e);
    }
  }

  private static AuditRecord row(ResultSet rs) throws SQLException, JsonProcessingException {
    CallMetadata m =
        new CallMetadata(
            rs.getString(4),
            rs.getString(5),
            rs.getString(3),
            DataClass.valueOf(rs.getString(7)),
            rs.getString(6),
            Optional.ofNullable(rs.getString(23)).map(id -> new CallMetadata.KeyRef(id, false)));
    Map<EntityType, Integer> masked = new EnumMap<>(EntityType.class);
    masked.putAll(
        JSON.readValue(rs.getString(21), new TypeReference<Map<EntityType, Integer>>() {}));
    return new AuditRecord(
        rs.getObject(1, UUID.class),
        rs.getTimestamp(2).toInstant(),
        m,
        Optional.ofNullable(rs.getString(8)),
        rs.getString(9),
        new Usage(rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14)),
        rs.getBigDecimal(15).stripTrailingZeros(),
        Duration.ofMillis(rs.getLong(16)),
        rs.getInt(17),
        Outcome.valueOf(rs.getString(18)),
        Optional.ofNullable(rs.getString(19)),
        Optional.ofNullable(rs.getString(20)),
        masked,
        Optional.ofNullable(rs.getString(22)),
        rs.getBoolean(24));
  }
}
