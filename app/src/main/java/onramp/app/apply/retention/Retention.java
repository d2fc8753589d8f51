package onramp.app.apply.retention;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import onramp.app.apply.ApplicationState;
import onramp.app.apply.Applications;
import onramp.app.apply.DocumentStore;
import onramp.app.system.AuditLog;
import onramp.onboarding.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes what the {@link RetentionRule} allows: the row (with its wrapped data key, decisions and
 * document rows) and then the encrypted files. The audit trail keeps that it happened and why.
 */
@Service
@EnableConfigurationProperties(RetentionProperties.class)
class Retention {
  private static final Logger log = LoggerFactory.getLogger(Retention.class);
  private final JdbcClient jdbc;
  private final DocumentStore store;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final RetentionProperties properties;
  private final Clock clock;

  Retention(
      JdbcClient jdbc,
      DocumentStore store,
      AuditLog audit,
      TransactionTemplate tx,
      RetentionProperties properties,
      Clock clock) {
    this.jdbc = jdbc;
    this.store = store;
    this.audit = audit;
    this.tx = tx;
    this.properties = properties;
    this.clock = clock;
  }

  /** Deletes every application whose time has come; returns how many. */
  public int purge() {
    LocalDate today = LocalDate.now(clock);
    int deleted = 0;
    for (Candidate c : candidates()) {
      Optional<LocalDate> from = RetentionRule.deletableFrom(c.facts(), properties);
      if (from.isPresent() && !today.isBefore(from.get())) {
        delete(c.id(), c.facts(), from.get());
        deleted++;
      }
    }
    if (deleted > 0) {
      log.info("Retention: deleted {} application(s)", deleted);
    }
    return deleted;
  }

  private void delete(UUID id, RetentionRule.Facts facts, LocalDate due) {
    // DRAFT, or the decision that made it deletable
    String outcome = facts.decision().map(Outcome::name).orElse(facts.state().name());
    tx.executeWithoutResult(
        status -> {
          jdbc.sql("DELETE FROM application WHERE id = :id").param("id", id).update();
          audit.append(
              "system",
              "DELETED_UNDER_RETENTION",
              Applications.subject(id),
              Map.of("outcome", outcome, "deletableFrom", due.toString()));
        });
    store.deleteAll(id);
  }

  private record Candidate(UUID id, RetentionRule.Facts facts) {}

  /** The states in which the rule can find an application deletable, or must say why not. */
  private static final List<ApplicationState> STATES =
      List.of(ApplicationState.DRAFT, ApplicationState.DECIDED, ApplicationState.IN_REVIEW);

  private List<Candidate> candidates() {
    return jdbc.sql(
            """
            SELECT a.id, a.status, a.created_at, a.first_day_of_employment, a.employment_ended_on, a.decided_at,
                   (SELECT d.decision FROM decision d WHERE d.application_id = a.id AND d.round = a.round
                    ORDER BY d.id DESC LIMIT 1) AS outcome,
                   (SELECT max(d.decided_at) FROM decision d WHERE d.application_id = a.id) AS last_decided
            FROM application a
            WHERE a.status IN (:states)""")
        .param("states", STATES.stream().map(ApplicationState::name).toList())
        .query(
            (rs, n) -> {
              ApplicationState state = ApplicationState.valueOf(rs.getString("status"));
              Optional<Outcome> decision =
                  state == ApplicationState.DRAFT
                      ? Optional.empty()
                      : Optional.ofNullable(rs.getString("outcome")).map(Outcome::valueOf);
              LocalDate signedUp =
                  rs.getTimestamp("created_at").toInstant().atZone(ZoneOffset.UTC).toLocalDate();
              Date hired = rs.getDate("first_day_of_employment");
              Date ended = rs.getDate("employment_ended_on");
              java.sql.Timestamp decided = rs.getTimestamp("last_decided");
              return new Candidate(
                  rs.getObject("id", UUID.class),
                  new RetentionRule.Facts(
                      state,
                      decision,
                      signedUp,
                      hired == null ? signedUp : hired.toLocalDate(),
                      Optional.ofNullable(ended).map(Date::toLocalDate),
                      Optional.ofNullable(decided)
                          .map(t -> t.toInstant().atZone(ZoneOffset.UTC).toLocalDate())));
            })
        .list();
  }
}
