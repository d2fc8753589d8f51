package onramp.app.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import onramp.onboarding.Outcome;
import onramp.onboarding.decision.Severity;
import onramp.testkit.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The enums and the schema's constraints name the same states, outcomes and severities, and the
 * schema refuses any other.
 */
class LifecycleConstraintsIT {
  private static TestDatabase database;
  private static JdbcClient jdbc;

  @BeforeAll
  static void migrate() throws Exception {
    database = TestDatabase.create();
    DriverManagerDataSource dataSource =
        new DriverManagerDataSource(database.url(), "postgres", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    jdbc = JdbcClient.create(dataSource);
  }

  @AfterAll
  static void drop() throws Exception {
    database.close();
  }

  @Test
  void theSchemaNamesExactlyTheApplicationStates() {
    assertThat(quoted(definition("application_status_known"), '\''))
        .isEqualTo(names(ApplicationState.values()));
  }

  @Test
  void theSchemaNamesExactlyTheOutcomes() {
    assertThat(quoted(definition("decision_known"), '\'')).isEqualTo(names(Outcome.values()));
  }

  @Test
  void theSchemaNamesExactlyTheSeverities() {
    assertThat(quoted(definition("decision_reason_severity_known"), '"'))
        .isEqualTo(names(Severity.values()));
  }

  @ParameterizedTest
  @EnumSource(ApplicationState.class)
  void everyApplicationStateCanBeStored(ApplicationState state) {
    UUID id = application(state);

    assertThat(
            jdbc.sql("SELECT status FROM application WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo(state.name());
  }

  @Test
  void anUnknownStateIsRefused() {
    UUID id = application(ApplicationState.RECEIVED);

    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE application SET status = 'ARCHIVED' WHERE id = :id")
                    .param("id", id)
                    .update())
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("application_status_known");
  }

  @Test
  void aDraftIsAnApplicationNeverSubmitted() {
    UUID id = application(ApplicationState.DRAFT);

    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE application SET round = 1 WHERE id = :id")
                    .param("id", id)
                    .update())
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("application_draft_until_first_submission");
  }

  @ParameterizedTest
  @EnumSource(Outcome.class)
  void theSystemMayDecideAnyOutcome(Outcome outcome) {
    UUID id = application(ApplicationState.DECIDED);

    assertThat(decision(id, outcome, "system", "[]")).isEqualTo(1);
  }

  @Test
  void aReviewerOnlyApprovesOrRejects() {
    UUID id = application(ApplicationState.DECIDED);

    assertThat(decision(id, Outcome.REJECTED, "reviewer", "[]")).isEqualTo(1);
    assertThatThrownBy(() -> decision(id, Outcome.NEEDS_REVIEW, "another-reviewer", "[]"))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("decision_reviewer_approves_or_rejects");
  }

  @ParameterizedTest
  @EnumSource(Severity.class)
  void everySeverityCanBeStoredAndNoOther(Severity severity) {
    UUID stored = application(ApplicationState.DECIDED);
    UUID refused = application(ApplicationState.DECIDED);
    String reason = "[{\"code\":\"DL_EXPIRED\",\"severity\":\"%s\"}]";

    assertThat(decision(stored, Outcome.APPROVED, "system", reason.formatted(severity.name())))
        .isEqualTo(1);
    assertThatThrownBy(
            () ->
                decision(
                    refused,
                    Outcome.APPROVED,
                    "system",
                    reason.formatted(severity.name().toLowerCase(java.util.Locale.ROOT))))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("decision_reason_severity_known");
  }

  private static UUID application(ApplicationState state) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO application (id, status, round, applicant) VALUES (:id, :status, :round, '{}')")
        .param("id", id)
        .param("status", state.name())
        .param("round", state == ApplicationState.DRAFT ? 0 : 1)
        .update();
    return id;
  }

  private static int decision(UUID application, Outcome outcome, String by, String reasons) {
    return jdbc.sql(
            """
            INSERT INTO decision (application_id, round, decision, reasons, decided_by)
            VALUES (:id, 1, :decision, CAST(:reasons AS jsonb), :by)""")
        .param("id", application)
        .param("decision", outcome.name())
        .param("reasons", reasons)
        .param("by", by)
        .update();
  }

  private static String definition(String constraint) {
    return jdbc.sql("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = :name")
        .param("name", constraint)
        .query(String.class)
        .single();
  }

  /** The upper-case words between {@code quote}s in a constraint's definition. */
  private static Set<String> quoted(String definition, char quote) {
    Matcher m = Pattern.compile(quote + "([A-Z_]+)" + quote).matcher(definition);
    return m.results().map(r -> r.group(1)).collect(Collectors.toSet());
  }

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
  }
}
