package onramp.app.apply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import onramp.app.system.encryption.DataKey;
import onramp.onboarding.DecisionJson;
import onramp.onboarding.Outcome;
import onramp.onboarding.Verification;
import onramp.onboarding.decision.Severity;
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
  private final java.time.Clock clock;

  Decisions(JdbcClient jdbc, ObjectMapper json, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
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
    return insertSystem(
        application,
        round,
        v.decision(),
        new Detail(reasons, v.fields(), Optional.of(v.elapsedMs())),
        processedBy,
        key);
  }

  /** A decision the system had to make without verifying (the job gave up); same rules as above. */
  boolean insertSystemFallback(
      UUID application, int round, String code, String message, String processedBy, DataKey key) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("code", code);
    r.put("severity", Severity.REVIEW.name());
    r.put("message", message);
    r.put("document", "APPLICATION");
    return insertSystem(
        application,
        round,
        Outcome.NEEDS_REVIEW,
        new Detail(List.of(r), Map.of(), Optional.empty()),
        processedBy,
        key);
  }

  /** What a system decision stores besides its outcome. */
  private record Detail(
      List<Map<String, Object>> reasons, Map<String, Object> fields, Optional<Long> elapsedMs) {}

  private boolean insertSystem(
      UUID application, int round, Outcome decision, Detail d, String processedBy, DataKey key) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("reasons", d.reasons());
    detail.put("fields", d.fields());
    return jdbc.sql(
                """
            INSERT INTO decision (application_id, round, decision, reasons, decided_by, sealed_detail, elapsed_ms,
                                  processed_by, decided_at)
            VALUES (:app, :round, :decision, CAST(:reasons AS jsonb), 'system', :detail, :elapsed, :by, :now)
            ON CONFLICT (application_id, round) WHERE decided_by = 'system' DO NOTHING""")
            .param("app", application)
            .param("round", round)
            .param("decision", decision.name())
            .param("reasons", write(d.reasons().stream().map(Decisions::withoutMessage).toList()))
            .param("detail", key.sealText(DETAIL, write(detail)))
            .param("elapsed", d.elapsedMs().orElse(null), Types.BIGINT)
            .param("by", processedBy)
            .param("now", java.sql.Timestamp.from(clock.instant()))
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
      Outcome decision,
      String note,
      DataKey key) {
    DecisionRecord system = system(application, round, key).orElseThrow();
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("reasons", system.reasons().stream().map(Decisions::line).toList());
    detail.put("fields", Map.of());
    detail.put("note", note);
    return jdbc.sql(
                """
            INSERT INTO decision (application_id, round, decision, reasons, decided_by, sealed_detail, reviews, decided_at)
            SELECT :app, :round, :decision, d.reasons, :by, :detail, d.id, :now FROM decision d WHERE d.id = :reviews
            ON CONFLICT (application_id, round) WHERE decided_by <> 'system' DO NOTHING""")
            .param("app", application)
            .param("round", round)
            .param("decision", decision.name())
            .param("by", reviewer)
            .param("detail", key.sealText(DETAIL, write(detail)))
            .param("reviews", reviews)
            .param("now", java.sql.Timestamp.from(clock.instant()))
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
              Severity.valueOf(String.valueOf(r.get("severity"))),
              String.valueOf(r.getOrDefault("message", "")),
              String.valueOf(r.getOrDefault("document", "")),
              Optional.ofNullable((String) r.get("field"))));
    }
    long elapsed = rs.getLong("elapsed_ms");
    Optional<Long> elapsedMs = rs.wasNull() ? Optional.empty() : Optional.of(elapsed);
    return new DecisionRecord(
        rs.getLong("id"),
        rs.getInt("round"),
        Outcome.valueOf(rs.getString("decision")),
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
    m.put("severity", r.severity().name());
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
