package onramp.app.apply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import onramp.app.system.encryption.DataKey;
import onramp.onboarding.DecisionJson;
import onramp.onboarding.Verification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code decision} table. Reason codes are stored plain (for the queue filters and the
 * dashboard); messages, fields and notes are sealed under the application's data key.
 */
@Repository
public class Decisions {
  static final String DETAIL = "decision-detail";
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private final JdbcClient jdbc;
  private final ObjectMapper json;

  Decisions(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Writes the system's decision for {@code round} unless one exists (a re-run after a crash); must
   * run inside the caller's transaction, which also moves the application on.
   *
   * @return true if this call wrote it
   */
  boolean insertSystem(
      UUID application, int round, Verification v, String processedBy, DataKey key) {
    List<Map<String, Object>> reasons = v.reasons().stream().map(DecisionJson::reason).toList();
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("reasons", reasons);
    detail.put("fields", v.fields());
    return jdbc.sql(
                """
            INSERT INTO decision (application_id, round, decision, reasons, decided_by, sealed_detail, elapsed_ms,
                                  processed_by)
            VALUES (:app, :round, :decision, CAST(:reasons AS jsonb), 'system', :detail, :elapsed, :by)
            ON CONFLICT (application_id, round) WHERE decided_by = 'system' DO NOTHING""")
            .param("app", application)
            .param("round", round)
            .param("decision", v.decision().name())
            .param("reasons", write(reasons.stream().map(Decisions::withoutMessage).toList()))
            .param("detail", key.sealText(DETAIL, write(detail)))
            .param("elapsed", v.elapsedMs())
            .param("by", processedBy)
            .update()
        == 1;
  }

  /** A decision the system had to make without verifying (the job gave up); same rules as above. */
  boolean insertSystemFallback(
      UUID application, int round, String code, String message, String processedBy, DataKey key) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("code", code);
    r.put("severity", "REVIEW");
    r.put("message", message);
    r.put("document", "APPLICATION");
    Map<String, Object> detail = Map.of("reasons", List.of(r), "fields", Map.of());
    return jdbc.sql(
                """
            INSERT INTO decision (application_id, round, decision, reasons, decided_by, sealed_detail, processed_by)
            VALUES (:app, :round, 'NEEDS_REVIEW', CAST(:reasons AS jsonb), 'system', :detail, :by)
            ON CONFLICT (application_id, round) WHERE decided_by = 'system' DO NOTHING""")
            .param("app", application)
            .param("round", round)
            .param("reasons", write(List.of(withoutMessage(r))))
            .param("detail", key.sealText(DETAIL, write(detail)))
            .param("by", processedBy)
            .update()
        == 1;
  }

  /**
   * Writes a reviewer's decision next to the system's one it reviews; inside the caller's
   * transaction.
   */
  public boolean insertReview(
      UUID application,
      int round,
      long reviews,
      String reviewer,
      String decision,
      String note,
      DataKey key) {
    DecisionRecord system = system(application, round, key).orElseThrow();
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("reasons", system.reasons().stream().map(Decisions::line).toList());
    detail.put("fields", Map.of());
    detail.put("note", note);
    return jdbc.sql(
                """
            INSERT INTO decision (application_id, round, decision, reasons, decided_by, sealed_detail, reviews)
            SELECT :app, :round, :decision, d.reasons, :by, :detail, d.id FROM decision d WHERE d.id = :reviews
            ON CONFLICT (application_id, round) WHERE decided_by <> 'system' DO NOTHING""")
            .param("app", application)
            .param("round", round)
            .param("decision", decision)
            .param("by", reviewer)
            .param("detail", key.sealText(DETAIL, write(detail)))
            .param("reviews", reviews)
            .update()
        == 1;
  }

  public Optional<DecisionRecord> system(UUID application, int round, DataKey key) {
    return find(application, round, "decided_by = 'system'", key);
  }

  public Optional<DecisionRecord> review(UUID application, int round, DataKey key) {
    return find(application, round, "decided_by <> 'system'", key);
  }

  /** Every decision on the application, oldest first. */
  public List<DecisionRecord> all(UUID application, DataKey key) {
    return jdbc.sql("SELECT * FROM decision WHERE application_id = :app ORDER BY id")
        .param("app", application)
        .query((rs, n) -> record(rs, key))
        .list();
  }

  private Optional<DecisionRecord> find(UUID application, int round, String who, DataKey key) {
    return jdbc.sql(
            "SELECT * FROM decision WHERE application_id = :app AND round = :round AND " + who)
        .param("app", application)
        .param("round", round)
        .query((rs, n) -> record(rs, key))
        .optional();
  }

  @SuppressWarnings("unchecked")
  private DecisionRecord record(ResultSet rs, DataKey key) throws SQLException {
    Map<String, Object> detail = read(key.openText(DETAIL, rs.getBytes("sealed_detail")));
    List<DecisionRecord.ReasonLine> reasons = new ArrayList<>();
    for (Map<String, Object> r :
        (List<Map<String, Object>>) detail.getOrDefault("reasons", List.of())) {
      reasons.add(
          new DecisionRecord.ReasonLine(
              String.valueOf(r.get("code")),
              String.valueOf(r.get("severity")),
              String.valueOf(r.getOrDefault("message", "")),
              String.valueOf(r.getOrDefault("document", "")),
              Optional.ofNullable((String) r.get("field"))));
    }
    long elapsed = rs.getLong("elapsed_ms");
    Optional<Long> elapsedMs = rs.wasNull() ? Optional.empty() : Optional.of(elapsed);
    return new DecisionRecord(
        rs.getLong("id"),
        rs.getInt("round"),
        rs.getString("decision"),
        reasons,
        (Map<String, Object>) detail.getOrDefault("fields", Map.of()),
        rs.getString("decided_by"),
        rs.getTimestamp("decided_at").toInstant(),
        Optional.ofNullable((String) detail.get("note")),
        elapsedMs);
  }

  private static Map<String, Object> line(DecisionRecord.ReasonLine r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", r.code());
    m.put("severity", r.severity());
    m.put("message", r.message());
    m.put("document", r.document());
    r.field().ifPresent(f -> m.put("field", f));
    return m;
  }

  private static Map<String, Object> withoutMessage(Map<String, Object> reason) {
    Map<String, Object> m = new LinkedHashMap<>(reason);
    m.remove("message");
    return m;
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a decision cannot be written as JSON", e);
    }
  }

  private Map<String, Object> read(String text) {
    try {
      return json.readValue(text, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a sealed decision is not JSON", e);
    }
  }
}
