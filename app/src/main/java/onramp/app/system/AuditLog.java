package onramp.app.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only audit trail in table {@code audit_event}. */
@Repository
public class AuditLog {
  private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};
  private final JdbcClient jdbc;
  private final ObjectMapper json;

  private final java.time.Clock clock;

  AuditLog(JdbcClient jdbc, ObjectMapper json, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /** The audit trail outside Spring, for a command on {@link CommandDatabase}. */
  public static AuditLog on(javax.sql.DataSource dataSource) {
    return new AuditLog(
        JdbcClient.create(dataSource), new ObjectMapper(), java.time.Clock.systemUTC());
  }

  /** Appends an event now and returns it as stored. */
  public AuditEvent append(String actor, String action, String subject, Map<String, ?> details) {
    return jdbc.sql(
            """
            INSERT INTO audit_event (actor, action, subject, details, at)
            VALUES (:actor, :action, :subject, CAST(:details AS jsonb), :now)
            RETURNING id, at, actor, action, subject, details::text AS details
            """)
        .param("actor", actor)
        .param("action", action)
        .param("subject", subject)
        .param("details", write(details))
        .param("now", java.sql.Timestamp.from(clock.instant()))
        .query((rs, row) -> event(rs))
        .single();
  }

  /** Every event about one subject, oldest first. */
  public List<AuditEvent> about(String subject) {
    return jdbc.sql(
            """
            SELECT id, at, actor, action, subject, details::text AS details
            FROM audit_event WHERE subject = :subject ORDER BY at, id
            """)
        .param("subject", subject)
        .query((rs, row) -> event(rs))
        .list();
  }

  /**
   * Every event from {@code start} (included) to {@code end} (excluded) whose action starts with
   * {@code actionPrefix}, oldest first: a product's events for its compliance export.
   */
  public List<AuditEvent> between(Instant start, Instant end, String actionPrefix) {
    return jdbc.sql(
            """
            SELECT id, at, actor, action, subject, details::text AS details
            FROM audit_event WHERE at >= :start AND at < :end AND starts_with(action, :prefix)
            ORDER BY at, id
            """)
        .param("start", Timestamp.from(start))
        .param("end", Timestamp.from(end))
        .param("prefix", actionPrefix)
        .query((rs, row) -> event(rs))
        .list();
  }

  private AuditEvent event(ResultSet rs) throws SQLException {
    Timestamp at = rs.getTimestamp("at");
    return new AuditEvent(
        rs.getLong("id"),
        at.toInstant(),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("subject"),
        read(rs.getString("details")));
  }

  private String write(Map<String, ?> details) {
    try {
      return json.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Audit details must be plain JSON values: " + e.getMessage(), e);
    }
  }

  private Map<String, Object> read(String details) {
    try {
      return json.readValue(details, DETAILS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "audit_event.details is not a JSON object: " + e.getMessage(), e);
    }
  }
}
