package onramp.app.apply.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import onramp.app.apply.ApplicantView;
import onramp.app.apply.Applications;
import onramp.app.apply.DocumentKind;
import onramp.app.ops.Operations;
import onramp.app.ops.OpsFigures;
import onramp.app.system.OnrampApplication;
import onramp.testkit.TestDatabase;
import onramp.testsupport.SyntheticApplicant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load: 50 applicants sign up, upload their three documents and submit at the same moment, on one
 * instance with its default two workers, on this 2-core machine. Every one is decided exactly once,
 * the queue drains, and the time to the system's decision (p50, p95 as the operations page computes
 * it) is printed for the README. No timing is asserted: a busy CI machine only makes it slower.
 */
class OnboardingLoadIT {
  private static final int APPLICANTS = 50;
  @TempDir Path dataDir;

  @Test
  void fiftyApplicantsSubmittingAtOnceAreEachDecidedOnceAndTheQueueDrains() throws Exception {
    try (TestDatabase db = TestDatabase.create()) {
      ConfigurableApplicationContext app =
          OnrampApplication.start(
              0, dataDir, db.springArgs("--db-scheduler.polling-interval=500ms"));
      ExecutorService applicants = Executors.newFixedThreadPool(APPLICANTS);
      try {
        Applications applications = app.getBean(Applications.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        SyntheticApplicant applicant = SyntheticApplicant.valid(applications.today());
        CountDownLatch go = new CountDownLatch(1);
        long started = System.nanoTime();
        List<Future<UUID>> submitted =
            IntStream.range(0, APPLICANTS)
                .mapToObj(
                    i ->
                        applicants.submit(
                            () -> {
                              go.await();
                              UUID id = applications.signUp(applicant.signUp()).id();
                              applications.upload(
                                  id,
                                  DocumentKind.DL_FRONT,
                                  new ByteArrayInputStream(applicant.front()));
                              applications.upload(
                                  id,
                                  DocumentKind.DL_BACK,
                                  new ByteArrayInputStream(applicant.back()));
                              applications.upload(
                                  id, DocumentKind.I9, new ByteArrayInputStream(applicant.i9()));
                              applications.submit(id);
                              return id;
                            }))
                .toList();
        go.countDown();
        List<UUID> ids = submitted.stream().map(OnboardingLoadIT::get).toList();
        double submitSeconds = (System.nanoTime() - started) / 1e9;

        awaitDrained(jdbc, Duration.ofMinutes(10));
        double drainSeconds = (System.nanoTime() - started) / 1e9;

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
          assertThat(applications.view(id).stage()).isEqualTo(ApplicantView.Stage.APPROVED);
        }
        OpsFigures figures = app.getBean(Operations.class).figures(1);
        assertThat(figures.decidedBySystem()).isEqualTo(APPLICANTS);
        assertThat(figures.systemP95()).isPresent();
        System.out.printf(
            Locale.ROOT,
            "Onboarding load: %d applicants at once, all submitted in %.1f s, queue drained after"
                + " %.1f s (%.2f applications/s); time to the system's decision p50 %.1f s, p95"
                + " %.1f s; load average %.2f on %d cores%n",
            APPLICANTS,
            submitSeconds,
            drainSeconds,
            APPLICANTS / drainSeconds,
            figures.systemP50().orElseThrow(),
            figures.systemP95().orElseThrow(),
            java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage(),
            Runtime.getRuntime().availableProcessors());
      } finally {
        applicants.shutdownNow();
        app.close();
      }
    }
  }

  private static UUID get(Future<UUID> f) {
    try {
      return f.get();
    } catch (Exception e) {
      throw new AssertionError("an applicant could not submit", e);
    }
  }

  private static void awaitDrained(JdbcClient jdbc, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    long decided = 0;
    while (Instant.now().isBefore(deadline)) {
      decided =
          jdbc.sql("SELECT count(DISTINCT application_id) FROM decision")
              .query(Long.class)
              .single();
      long queued =
          jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = :task")
              .param("task", Processor.TASK)
              .query(Long.class)
              .single();
      if (decided >= APPLICANTS && queued == 0) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError(
        "only " + decided + " of " + APPLICANTS + " applications decided within " + timeout);
  }
}
