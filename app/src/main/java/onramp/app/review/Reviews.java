package onramp.app.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import onramp.app.apply.ApplicationKeys;
import onramp.app.apply.ApplicationNotFoundException;
import onramp.app.apply.ApplicationState;
import onramp.app.apply.Applications;
import onramp.app.apply.DecisionRecord;
import onramp.app.apply.Decisions;
import onramp.app.apply.DocumentKind;
import onramp.app.apply.DocumentStore;
import onramp.app.apply.StoredDocument;
import onramp.app.system.AuditLog;
import onramp.app.system.encryption.DataKey;
import onramp.onboarding.Outcome;
import onramp.onboarding.decision.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reviewer's side: the queue, a case, its documents (every view audited) and the decision (kept
 * next to the system's, with a required note).
 */
@Service
public class Reviews {
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Applications applications;
  private final ApplicationKeys keys;
  private final Decisions decisions;
  private final DocumentStore store;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final Clock clock;

  Reviews(
      JdbcClient jdbc,
      ObjectMapper json,
      Applications applications,
      ApplicationKeys keys,
      Decisions decisions,
      DocumentStore store,
      AuditLog audit,
      TransactionTemplate tx,
      Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.applications = applications;
    this.keys = keys;
    this.decisions = decisions;
    this.store = store;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * Applications waiting for a person, oldest first; optionally only those with a reason code or
   * older than an age.
   */
  public List<QueueEntry> queue(Optional<String> reasonCode, Optional<Duration> olderThan) {
    var now = clock.instant();
    return jdbc.sql(
            """
            SELECT a.id, a.submitted_at, a.applicant::text AS plain, d.reasons::text AS reasons
            FROM application a JOIN decision d
              ON d.application_id = a.id AND d.round = a.round AND d.decided_by = 'system'
            WHERE a.status = :inReview
              AND NOT EXISTS (SELECT 1 FROM decision r WHERE r.application_id = a.id AND r.round = a.round
                              AND r.decided_by <> 'system')
              AND (CAST(:code AS text) IS NULL OR d.reasons @> CAST(:codeJson AS jsonb))
              AND a.submitted_at <= CAST(:before AS timestamptz)
            ORDER BY a.submitted_at, a.id""")
        .param("inReview", ApplicationState.IN_REVIEW.name())
        .param("code", reasonCode.orElse(null))
        .param("codeJson", reasonCode.map(c -> "[{\"code\":" + quote(c) + "}]").orElse("[]"))
        .param("before", java.sql.Timestamp.from(now.minus(olderThan.orElse(Duration.ZERO))))
        .query(
            (rs, n) -> {
              Map<String, Object> plain = read(rs.getString("plain"));
              List<Map<String, Object>> reasons = readList(rs.getString("reasons"));
              var submitted = rs.getTimestamp("submitted_at").toInstant();
              return new QueueEntry(
                  rs.getObject("id", UUID.class),
                  submitted,
                  Duration.between(submitted, now),
                  String.valueOf(plain.getOrDefault("vehicleClass", "")),
                  String.valueOf(plain.getOrDefault("licenseState", "")),
                  reasons.stream()
                      .filter(r -> !Severity.INFO.name().equals(r.get("severity")))
                      .map(r -> String.valueOf(r.get("code")))
                      .distinct()
                      .toList());
            })
        .list();
  }

  /** Every reason code seen on a waiting application (for the filter). */
  public List<String> queueReasonCodes() {
    return queue(Optional.empty(), Optional.empty()).stream()
        .flatMap(e -> e.reasonCodes().stream())
        .distinct()
        .sorted()
        .toList();
  }

  /** Opens a case for {@code reviewer}; the view is audited. */
  public CaseView open(UUID id, String reviewer) {
    Applications.Standing row = applications.standing(id);
    DataKey key = keys.require(id);
    audit.append(reviewer, "CASE_VIEWED", Applications.subject(id), Map.of("round", row.round()));
    return new CaseView(
        id,
        row.state(),
        row.round(),
        applications.applicant(id, key),
        applications.documents(id),
        decisions.system(id, row.round(), key),
        decisions.review(id, row.round(), key),
        decisions.all(id, key));
  }

  /** A document's bytes for {@code viewer}; audited before it is returned. */
  public Document document(UUID id, DocumentKind kind, String viewer) {
    StoredDocument doc =
        applications.documents(id).stream()
            .filter(d -> d.kind() == kind)
            .findFirst()
            .orElseThrow(() -> new ApplicationNotFoundException(id));
    DataKey key = keys.require(id);
    audit.append(
        viewer, "DOCUMENT_VIEWED", Applications.subject(id), Map.of("document", kind.key()));
    return new Document(doc.fileName(), doc.mediaType(), store.read(id, doc.fileName(), key));
  }

  /** A document opened for viewing. */
  public record Document(String fileName, String mediaType, byte[] bytes) {}

  /**
   * Records a reviewer's decision on the current round.
   *
   * @throws ReviewRejectedException if the decision is not approve or reject, the note is blank, or
   *     the case is not waiting
   */
  public void decide(UUID id, String reviewer, Outcome decision, String note) {
    if (decision == Outcome.NEEDS_REVIEW) {
      throw ReviewRejectedException.noDecision();
    }
    if (note.isBlank()) {
      throw new ReviewRejectedException(
          "Write a note: why you approve or reject. It is kept with the decision.");
    }
    tx.executeWithoutResult(
        status -> {
          Integer round =
              jdbc.sql(
                      "SELECT round FROM application WHERE id = :id AND status = :inReview FOR UPDATE")
                  .param("id", id)
                  .param("inReview", ApplicationState.IN_REVIEW.name())
                  .query(Integer.class)
                  .optional()
                  .orElseThrow(
                      () ->
                          new ReviewRejectedException(
                              "This application is not waiting for a review (anymore)."));
          DataKey key = keys.require(id);
          DecisionRecord system = decisions.system(id, round, key).orElseThrow();
          if (!decisions.insertReview(
              id, round, system.id(), reviewer, decision, note.strip(), key)) {
            throw new ReviewRejectedException(
                "Another reviewer decided this application a moment ago.");
          }
          jdbc.sql(
                  "UPDATE application SET status = :decided, decided_at = :now, updated_at = :now WHERE id = :id")
              .param("now", java.sql.Timestamp.from(clock.instant()))
              .param("decided", ApplicationState.DECIDED.name())
              .param("id", id)
              .update();
          audit.append(
              reviewer,
              "REVIEWED",
              Applications.subject(id),
              Map.of(
                  "round",
                  round,
                  "decision",
                  decision.name(),
                  "systemDecision",
                  system.decision().name(),
                  "override",
                  system.decision() != decision));
        });
  }

  /** An administrator records that employment ended (starts the I-9 one-year clock). */
  public void employmentEnded(UUID id, LocalDate on, String admin) {
    int n =
        jdbc.sql("UPDATE application SET employment_ended_on = :on WHERE id = :id")
            .param("on", on)
            .param("id", id)
            .update();
    if (n == 0) {
      throw new ApplicationNotFoundException(id);
    }
    audit.append(admin, "EMPLOYMENT_ENDED", Applications.subject(id), Map.of("on", on.toString()));
  }

  private static String quote(String s) {
    return "\"" + s.replaceAll("[^A-Z0-9_]", "") + "\"";
  }

  private Map<String, Object> read(String text) {
    try {
      return json.readValue(text, new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Map<String, Object>> readList(String text) {
    try {
      return json.readValue(text, new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
