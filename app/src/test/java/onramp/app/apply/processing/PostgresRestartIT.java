package onramp.app.apply.processing;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import onramp.app.apply.ApplicantView;
import onramp.app.apply.Applications;
import onramp.app.apply.DocumentKind;
import onramp.app.system.OnrampApplication;
import onramp.testsupport.Http;
import onramp.testsupport.SyntheticApplicant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fault: the PostgreSQL server stops in the middle of a batch of background checks and comes back
 * a few seconds later (a restart, a fail-over). The server is a real PostgreSQL of its own (zonky,
 * on a port and data folder of this test), so stopping it disturbs nobody else. Whatever the checks
 * were doing at that moment, every application is decided, exactly once, with one audit entry; the
 * public status says the database is off while it is; the operations page shows the queue drained.
 */
class PostgresRestartIT {
  private static final int APPLICATIONS = 8;
  @TempDir Path dataDir;
  @TempDir Path postgresDir;

  @Test
  void aBatchSurvivesThePostgresServerRestartingMidwayNothingLostNothingDecidedTwice()
      throws Exception {
    int port = freePort();
    EmbeddedPostgres postgres = start(port);
    ConfigurableApplicationContext app = null;
    try {
      app =
          OnrampApplication.start(
              0,
              dataDir,
              "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
              "--spring.datasource.username=postgres",
              "--spring.datasource.hikari.connection-timeout=2000",
              "--db-scheduler.polling-interval=300ms",
              "--db-scheduler.heartbeat-interval=1s",
              "--db-scheduler.missed-heartbeats-limit=4",
              "--onramp.processing.retry-initial=500ms");
      Applications applications = app.getBean(Applications.class);
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      Http http = Http.to(app);
      SyntheticApplicant applicant = SyntheticApplicant.valid(applications.today());
      List<UUID> ids = new ArrayList<>();
      for (int i = 0; i < APPLICATIONS; i++) {
        UUID id = applications.signUp(applicant.signUp()).id();
        applications.upload(id, DocumentKind.DL_FRONT, new ByteArrayInputStream(applicant.front()));
        applications.upload(id, DocumentKind.DL_BACK, new ByteArrayInputStream(applicant.back()));
        applications.upload(id, DocumentKind.I9, new ByteArrayInputStream(applicant.i9()));
        applications.submit(id);
        ids.add(id);
      }
      long decidedBefore = awaitDecided(jdbc, 1, Duration.ofSeconds(120));
      assertThat(decidedBefore).as("decided before the restart").isLessThan(APPLICATIONS);

      postgres.close(); // the server goes away mid-batch (pg_ctl stop -m fast)
      String statusWhileDown =
          awaitStatus(http, "\"Database\",\"on\":false", Duration.ofSeconds(30));
      Thread.sleep(2_000);
      postgres = start(port); // same data folder, same port: a restart
      long decided = awaitDecided(jdbc, APPLICATIONS, Duration.ofSeconds(180));

      System.out.printf(
          "PostgreSQL restart mid-batch: %d of %d decided before the stop, %d after; status while"
              + " down: %s%n",
          decidedBefore, APPLICATIONS, decided, statusWhileDown);
      assertThat(decided).isEqualTo(APPLICATIONS);
      for (UUID id : ids) {
        assertThat(
                jdbc.sql(
                        "SELECT count(*) FROM decision WHERE application_id = :id"
                            + " AND decided_by = 'system'")
                    .param("id", id)
                    .query(Long.class)
                    .single())
            .as("system decisions on %s", id)
            .isEqualTo(1);
        assertThat(
                jdbc.sql(
                        "SELECT count(*) FROM audit_event WHERE subject = :s AND action = 'DECIDED'")
                    .param("s", "application:" + id)
                    .query(Long.class)
                    .single())
            .isEqualTo(1);
        assertThat(applications.view(id).stage()).isEqualTo(ApplicantView.Stage.APPROVED);
      }
      assertThat(
              jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = :task")
                  .param("task", Processor.TASK)
                  .query(Long.class)
                  .single())
          .as("queue drained")
          .isZero();
      assertThat(http.json("/api/status").toString()).contains("\"Database\",\"on\":true");
    } finally {
      if (app != null) {
        app.close();
      }
      postgres.close();
    }
  }

  private EmbeddedPostgres start(int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setPort(port)
        .setDataDirectory(postgresDir)
        .setCleanDataDirectory(false)
        .setPGStartupWait(Duration.ofSeconds(60))
        .start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Waits until at least {@code count} applications have a decision; the database may be down. */
  private static long awaitDecided(JdbcClient jdbc, int count, Duration timeout)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    long decided = 0;
    while (Instant.now().isBefore(deadline)) {
      try {
        decided =
            jdbc.sql("SELECT count(DISTINCT application_id) FROM decision")
                .query(Long.class)
                .single();
      } catch (RuntimeException stillDown) {
        decided = -1;
      }
      if (decided >= count) {
        return decided;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "only " + decided + " of " + count + " applications decided within " + timeout);
  }

  private static String awaitStatus(Http http, String expected, Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    String last = "";
    while (Instant.now().isBefore(deadline)) {
      last = http.get("/api/status", "application/json").body();
      if (last.replace(" ", "").contains(expected)) {
        return last;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("/api/status never said " + expected + "; last: " + last);
  }
}
