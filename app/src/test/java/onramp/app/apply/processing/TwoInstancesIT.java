package onramp.app.apply.processing;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import onramp.app.apply.ApplicantView;
import onramp.app.apply.Applications;
import onramp.app.apply.DocumentKind;
import onramp.app.system.OnrampApplication;
import onramp.testkit.TestDatabase;
import onramp.testsupport.BlockingStep;
import onramp.testsupport.InstanceMain;
import onramp.testsupport.SyntheticApplicant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several instances on one PostgreSQL share the work, and a crash mid-job loses nothing and repeats
 * nothing visible: instance A (a separate JVM) picks jobs and blocks in them, is killed with
 * SIGKILL, and instances B and C (two Spring contexts here) finish everything, each application
 * decided exactly once.
 */
class TwoInstancesIT {
  private static final int APPLICATIONS = 6;
  @TempDir Path dataDir;
  @TempDir Path markers;

  private static String[] schedulerArgs(TestDatabase db, String name, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                db.springArgs(
                    "--db-scheduler.scheduler-name=" + name,
                    "--db-scheduler.heartbeat-interval=1s",
                    "--db-scheduler.missed-heartbeats-limit=4",
                    "--db-scheduler.polling-interval=500ms",
                    "--spring.datasource.hikari.maximum-pool-size=4")));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void everyApplicationIsDecidedExactlyOnceWhenAnInstanceIsKilledMidJob() throws Exception {
    try (TestDatabase db = TestDatabase.create()) {
      ConfigurableApplicationContext b =
          OnrampApplication.start(0, dataDir, schedulerArgs(db, "instance-b"));
      ConfigurableApplicationContext c = null;
      Process a = null;
      try {
        b.getBean(Scheduler.class).pause(); // let A take the jobs first
        Applications applications = b.getBean(Applications.class);
        SyntheticApplicant applicant = SyntheticApplicant.valid(applications.today());
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
          UUID id = applications.signUp(applicant.signUp()).id();
          applications.upload(
              id, DocumentKind.DL_FRONT, new ByteArrayInputStream(applicant.front()));
          applications.upload(id, DocumentKind.DL_BACK, new ByteArrayInputStream(applicant.back()));
          applications.upload(id, DocumentKind.I9, new ByteArrayInputStream(applicant.i9()));
          applications.submit(id);
          ids.add(id);
        }

        a = startInstanceA(db);
        List<UUID> blocked = awaitMarkers(2, Duration.ofSeconds(90), a);
        JdbcClient jdbc = b.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT count(*) FROM decision").query(Long.class).single()).isZero();
        assertThat(
                jdbc.sql(
                        "SELECT count(*) FROM scheduled_tasks WHERE picked AND picked_by = 'instance-a'")
                    .query(Long.class)
                    .single())
            .isGreaterThanOrEqualTo(2);

        a.destroyForcibly().waitFor(); // SIGKILL mid-job: no shutdown hook, no cleanup
        c = OnrampApplication.start(0, dataDir, schedulerArgs(db, "instance-c"));
        b.getBean(Scheduler.class).resume();
        awaitAllDecided(jdbc, ids, Duration.ofSeconds(120));

        for (UUID id : ids) {
          assertThat(
                  jdbc.sql(
                          "SELECT count(*) FROM decision WHERE application_id = :id AND decided_by = 'system'")
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
        }
        Map<String, Object> processedBy =
            jdbc
                .sql(
                    """
                SELECT processed_by, count(*) AS n FROM decision GROUP BY processed_by""")
                .query()
                .listOfRows()
                .stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        r -> String.valueOf(r.get("processed_by")), r -> r.get("n")));
        System.out.println(
            "Decisions by instance: " + processedBy + "; blocked on A: " + blocked.size());
        assertThat(processedBy)
            .doesNotContainKey("instance-a")
            .containsOnlyKeys("instance-b", "instance-c");
        for (UUID id : blocked) {
          assertThat(applications.view(id).stage()).isEqualTo(ApplicantView.Stage.APPROVED);
        }
        assertThat(
                jdbc.sql(
                        "SELECT count(*) FROM scheduled_tasks WHERE task_name = 'process-application'")
                    .query(Long.class)
                    .single())
            .isZero();
      } finally {
        if (a != null) {
          a.destroyForcibly();
        }
        if (c != null) {
          c.close();
        }
        b.close();
      }
    }
  }

  private Process startInstanceA(TestDatabase db) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                InstanceMain.class.getName(),
                dataDir.toString()));
    command.addAll(
        List.of(
            schedulerArgs(
                db,
                "instance-a",
                "--spring.main.sources=" + BlockingStep.class.getName(),
                "--test.markers=" + markers)));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dataDir.resolve("instance-a.log").toFile())
        .start();
  }

  private List<UUID> awaitMarkers(int count, Duration timeout, Process a) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      List<UUID> found;
      try (Stream<Path> files = Files.list(markers)) {
        found = files.map(p -> UUID.fromString(p.getFileName().toString())).toList();
      }
      if (found.size() >= count) {
        return found;
      }
      if (!a.isAlive()) {
        throw new AssertionError(
            "instance A exited early:\n" + Files.readString(dataDir.resolve("instance-a.log")));
      }
      Thread.sleep(200);
    }
    throw new AssertionError(
        "instance A did not pick "
            + count
            + " jobs in time:\n"
            + Files.readString(dataDir.resolve("instance-a.log")));
  }

  private static void awaitAllDecided(JdbcClient jdbc, List<UUID> ids, Duration timeout)
      throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      long decided =
          jdbc.sql("SELECT count(DISTINCT application_id) FROM decision")
              .query(Long.class)
              .single();
      if (decided == ids.size()) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("not every application was decided in time");
  }
}
