package onramp.app.apply;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import onramp.app.system.AuditLog;
import onramp.app.system.encryption.DataKey;
import onramp.onboarding.Outcome;
import onramp.onboarding.Verification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the system's decision on a submitted round, once: in one transaction it locks the
 * application, writes the decision (a second attempt for the same round writes nothing, by the
 * unique index), moves the application on and appends the audit event.
 */
@Service
public class Verdicts {
  private final JdbcClient jdbc;
  private final Decisions decisions;
  private final ApplicationKeys keys;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final java.time.Clock clock;

  Verdicts(
      JdbcClient jdbc,
      Decisions decisions,
      ApplicationKeys keys,
      AuditLog audit,
      TransactionTemplate tx,
      java.time.Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.decisions = decisions;
    this.keys = keys;
    this.audit = audit;
    this.tx = tx;
  }

  /** The round a job for this application should work on, if the application still exists. */
  public Optional<Integer> currentRound(UUID application) {
    return jdbc.sql("SELECT round FROM application WHERE id = :id")
        .param("id", application)
        .query(Integer.class)
        .optional();
  }

  /** Marks the round as being checked (for the dashboard and the applicant's page). */
  public void started(UUID application, int round) {
    jdbc.sql(
            "UPDATE application SET status = :verifying WHERE id = :id AND round = :round AND status = :received")
        .param("verifying", ApplicationState.VERIFYING.name())
        .param("received", ApplicationState.RECEIVED.name())
        .param("id", application)
        .param("round", round)
        .update();
  }

  /**
   * Records the verifier's decision on {@code round}.
   *
   * @return true if this call wrote the decision, false if the round was already decided or is
   *     stale
   */
  public boolean record(UUID application, int round, Verification v, String processedBy) {
    return once(
        application,
        round,
        v.decision(),
        key -> decisions.insertSystem(application, round, v, processedBy, key),
        Map.of(
            "round",
            round,
            "decision",
            v.decision().name(),
            "reasons",
            v.reasons().stream().map(r -> r.code().name()).distinct().toList(),
            "elapsedMs",
            v.elapsedMs(),
            "processedBy",
            processedBy));
  }

  /** Sends the round to a person when it cannot be checked automatically (retries exhausted). */
  public boolean recordFallback(
      UUID application, int round, String code, String message, String processedBy) {
    return once(
        application,
        round,
        Outcome.NEEDS_REVIEW,
        key -> decisions.insertSystemFallback(application, round, code, message, processedBy, key),
        Map.of("round", round, "decision", Outcome.NEEDS_REVIEW.name(), "reasons", List.of(code)));
  }

  /**
   * In one transaction: locks the application, and if it is still at {@code round}, writes the
   * decision with {@code insert} (which writes nothing when the round is decided already), moves
   * the application on and audits {@code audited}.
   */
  private boolean once(
      UUID application,
      int round,
      Outcome decision,
      Predicate<DataKey> insert,
      Map<String, Object> audited) {
    return Boolean.TRUE.equals(
        tx.execute(
            status -> {
              if (!lockedAt(application, round)) {
                return false;
              }
              boolean written = insert.test(keys.require(application));
              if (written) {
                moveOn(
                    application,
                    decision == Outcome.NEEDS_REVIEW
                        ? ApplicationState.IN_REVIEW
                        : ApplicationState.DECIDED);
                audit.append("system", "DECIDED", Applications.subject(application), audited);
              }
              return written;
            }));
  }

  private boolean lockedAt(UUID application, int round) {
    return jdbc.sql("SELECT round FROM application WHERE id = :id FOR UPDATE")
        .param("id", application)
        .query(Integer.class)
        .optional()
        .filter(r -> r == round)
        .isPresent();
  }

  private void moveOn(UUID application, ApplicationState state) {
    jdbc.sql(
            "UPDATE application SET status = :status, decided_at = :now, updated_at = :now WHERE id = :id")
        .param("now", java.sql.Timestamp.from(clock.instant()))
        .param("status", state.name())
        .param("id", application)
        .update();
  }
}
