package onramp.app.apply.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import onramp.app.apply.Applications;
import onramp.app.apply.DocumentKind;
import onramp.app.apply.DocumentStore;
import onramp.app.review.Reviews;
import onramp.app.system.AuditLog;
import onramp.testsupport.RunningApp;
import onramp.testsupport.SyntheticApplicant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Retention on a real database and disk, with the clock set to chosen days. */
class RetentionIT {
  private static RunningApp app;
  private static SyntheticApplicant applicant;

  @BeforeAll
  static void start() throws Exception {
    app = RunningApp.start();
    applicant = SyntheticApplicant.valid(LocalDate.now(ZoneId.systemDefault()));
  }

  @AfterAll
  static void stop() throws Exception {
    app.close();
  }

  private static JdbcClient jdbc() {
    return app.bean(JdbcClient.class);
  }

  private static Retention at(LocalDate day) {
    return new Retention(
        jdbc(),
        app.bean(DocumentStore.class),
        app.bean(AuditLog.class),
        app.bean(TransactionTemplate.class),
        new RetentionProperties(Period.ofDays(90), Period.ofDays(30)),
        Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
  }

  /**
   * An application with a document on disk, decided as {@code outcome} on {@code decidedOn}, hired
   * {@code hired}.
   */
  private static UUID decided(String outcome, LocalDate decidedOn, LocalDate hired) {
    Applications applications = app.bean(Applications.class);
    UUID id = applications.signUp(applicant.signUp()).id();
    applications.upload(id, DocumentKind.DL_FRONT, new ByteArrayInputStream(applicant.front()));
    jdbc()
        .sql(
            """
            UPDATE application SET round = 1, status = :status, first_day_of_employment = :hired,
              submitted_at = CAST(:on AS date), decided_at = CAST(:on AS date) WHERE id = :id""")
        .param("status", "NEEDS_REVIEW".equals(outcome) ? "IN_REVIEW" : "DECIDED")
        .param("hired", hired)
        .param("on", decidedOn)
        .param("id", id)
        .update();
    jdbc()
        .sql(
            """
            INSERT INTO decision (application_id, round, decision, decided_by, decided_at, sealed_detail)
            VALUES (:id, 1, :outcome, 'system', CAST(:on AS date), '\\x00')""")
        .param("id", id)
        .param("outcome", outcome)
        .param("on", decidedOn)
        .update();
    return id;
  }

  private static boolean exists(UUID id) {
    return jdbc()
            .sql("SELECT count(*) FROM application WHERE id = :id")
            .param("id", id)
            .query(Long.class)
            .single()
        == 1;
  }

  private static Path folder(UUID id) {
    return app.dataDir().resolve("documents").resolve(id.toString());
  }

  @Test
  void aRejectedApplicationIsDeletedWithItsFilesAfterTheConfiguredPeriod() {
    LocalDate decidedOn = LocalDate.of(2026, 3, 2);
    UUID id = decided("REJECTED", decidedOn, decidedOn);
    assertThat(folder(id)).isNotEmptyDirectory();

    at(decidedOn.plusDays(89)).purge();
    assertThat(exists(id)).isTrue();

    at(decidedOn.plusDays(90)).purge();
    assertThat(exists(id)).isFalse();
    assertThat(folder(id)).doesNotExist();
    assertThat(app.bean(AuditLog.class).about("application:" + id))
        .extracting(e -> e.action())
        .contains("DELETED_UNDER_RETENTION");
  }

  @Test
  void anApprovedDriverIsKeptThreeYearsAfterHireOrOneYearAfterLeavingWhicheverIsLater() {
    LocalDate hired = LocalDate.of(2026, 1, 5);
    UUID stillEmployed = decided("APPROVED", hired.minusDays(2), hired);
    UUID leftEarly = decided("APPROVED", hired.minusDays(2), hired);
    UUID leftLate = decided("APPROVED", hired.minusDays(2), hired);
    app.bean(Reviews.class).employmentEnded(leftEarly, hired.plusMonths(6), "alex");
    app.bean(Reviews.class).employmentEnded(leftLate, hired.plusYears(2).plusMonths(6), "alex");

    at(hired.plusYears(3).minusDays(1)).purge();
    assertThat(exists(leftEarly)).isTrue();

    at(hired.plusYears(3)).purge();
    assertThat(exists(leftEarly)).isFalse();
    assertThat(folder(leftEarly)).doesNotExist();
    assertThat(exists(leftLate)).isTrue();

    at(hired.plusYears(3).plusMonths(6)).purge();
    assertThat(exists(leftLate)).isFalse();
    at(hired.plusYears(30)).purge();
    assertThat(exists(stillEmployed)).isTrue();
  }

  @Test
  void anApplicationWaitingForAPersonIsNeverDeleted() {
    UUID waiting = decided("NEEDS_REVIEW", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2));

    at(LocalDate.of(2040, 1, 1)).purge();

    assertThat(exists(waiting)).isTrue();
    assertThat(folder(waiting)).isNotEmptyDirectory();
  }
}
