package onramp.app.apply.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import onramp.app.apply.ApplicantView;
import onramp.app.apply.ApplicationKeys;
import onramp.app.apply.Applications;
import onramp.app.apply.DocumentKind;
import onramp.app.apply.UploadRejectedException;
import onramp.app.apply.Verdicts;
import onramp.app.ops.Operations;
import onramp.app.ops.OpsFigures;
import onramp.app.system.AuditLog;
import onramp.app.system.OnrampApplication;
import onramp.app.system.encryption.DataKey;
import onramp.app.system.encryption.TamperedDataException;
import onramp.onboarding.Outcome;
import onramp.onboarding.Verification;
import onramp.testkit.TestDatabase;
import onramp.testsupport.FlakyStep;
import onramp.testsupport.SyntheticApplicant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Storage, encryption at rest and durable processing on a real PostgreSQL, through the service's
 * own beans.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProcessingIT {
  @TempDir static Path dataDir;
  private static TestDatabase database;
  private static ConfigurableApplicationContext app;

  @BeforeAll
  static void start() throws Exception {
    database = TestDatabase.create();
    app =
        OnrampApplication.start(
            0,
            dataDir,
            database.springArgs(
                "--spring.main.sources=" + FlakyStep.class.getName(),
                "--onramp.processing.retry-initial=200ms",
                "--db-scheduler.polling-interval=200ms"));
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (app != null) {
        app.close();
      }
    } finally {
      database.close();
    }
  }

  private static <T> T bean(Class<T> type) {
    return app.getBean(type);
  }

  private static JdbcClient jdbc() {
    return bean(JdbcClient.class);
  }

  static UUID submitted(SyntheticApplicant a) {
    Applications applications = bean(Applications.class);
    UUID id = applications.signUp(a.signUp()).id();
    applications.upload(id, DocumentKind.DL_FRONT, new ByteArrayInputStream(a.front()));
    applications.upload(id, DocumentKind.DL_BACK, new ByteArrayInputStream(a.back()));
    applications.upload(id, DocumentKind.I9, new ByteArrayInputStream(a.i9()));
    applications.submit(id);
    return id;
  }

  @Test
  void aCanadianApplicantNeedsNoFormI9AndIsApprovedWithTheLicenceAlone() throws Exception {
    SyntheticApplicant a = SyntheticApplicant.ontario(today());
    Applications applications = bean(Applications.class);
    UUID id = applications.signUp(a.signUp()).id();
    assertThat(applications.view(id).required())
        .containsExactly(DocumentKind.DL_FRONT, DocumentKind.DL_BACK);
    applications.upload(id, DocumentKind.DL_FRONT, new ByteArrayInputStream(a.front()));
    applications.upload(id, DocumentKind.DL_BACK, new ByteArrayInputStream(a.back()));
    assertThat(applications.view(id).complete()).isTrue();

    applications.submit(id);

    assertThat(awaitDecision(id).stage()).isEqualTo(ApplicantView.Stage.APPROVED);
  }

  @Test
  void aUsApplicantCannotSubmitWithoutTheFormI9() {
    SyntheticApplicant a = SyntheticApplicant.valid(today());
    Applications applications = bean(Applications.class);
    UUID id = applications.signUp(a.signUp()).id();
    applications.upload(id, DocumentKind.DL_FRONT, new ByteArrayInputStream(a.front()));
    applications.upload(id, DocumentKind.DL_BACK, new ByteArrayInputStream(a.back()));

    assertThat(applications.view(id).missing()).containsExactly(DocumentKind.I9);
    assertThatThrownBy(() -> applications.submit(id))
        .isInstanceOf(UploadRejectedException.class)
        .hasMessageContaining("Form I-9");
  }

  static ApplicantView awaitDecision(UUID id) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      ApplicantView view = bean(Applications.class).view(id);
      if (view.stage() != ApplicantView.Stage.CHECKING) {
        return view;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no decision on " + id + " within 90 s");
  }

  @Test
  void aSubmittedApplicationIsCheckedInTheBackgroundAndNoPersonalDataReachesTheLogs(
      CapturedOutput output) throws Exception {
    SyntheticApplicant applicant = SyntheticApplicant.valid(bean(Applications.class).today());

    long start = System.nanoTime();
    UUID id = submitted(applicant);
    ApplicantView view = awaitDecision(id);
    System.out.printf(
        "Sign-up, 3 uploads, submit to decision: %d ms%n", (System.nanoTime() - start) / 1_000_000);

    assertThat(view.stage()).isEqualTo(ApplicantView.Stage.APPROVED);
    assertThat(bean(AuditLog.class).about("application:" + id))
        .extracting(e -> e.action())
        .containsSubsequence("SIGNED_UP", "DOCUMENT_UPLOADED", "SUBMITTED", "DECIDED");
    assertThat(output.getAll())
        .contains(id.toString())
        .doesNotContain(
            SyntheticApplicant.SSN_NUMBER,
            "812456789",
            "6789",
            SyntheticApplicant.FIRST,
            SyntheticApplicant.LAST,
            "QUINN",
            "JORDAN",
            "jordan.quinn",
            "A64235789",
            "1990-04-18");
  }

  @Test
  void documentsAndPersonalFieldsAreEncryptedAtRest() throws Exception {
    SyntheticApplicant applicant = SyntheticApplicant.needsReview(bean(Applications.class).today());
    UUID id = submitted(applicant);
    awaitDecision(id);

    String rows =
        jdbc()
            .sql(
                """
            SELECT a::text || coalesce((SELECT string_agg(d::text, '') FROM decision d WHERE d.application_id = a.id), '')
            FROM application a WHERE a.id = :id""")
            .param("id", id)
            .query(String.class)
            .single();
    List<Path> files;
    try (Stream<Path> s = Files.list(dataDir.resolve("documents").resolve(id.toString()))) {
      files = s.toList();
    }
    Path kek = dataDir.resolve("keys").resolve("kek");

    assertThat(rows)
        .doesNotContainIgnoringCase("quinn")
        .doesNotContainIgnoringCase("jordan")
        .doesNotContain("1990-04-18")
        .doesNotContain("T64235789")
        .contains("DL_FRONT_BACK_MISMATCH");
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactlyInAnyOrder("dl-front.png.enc", "dl-back.png.enc", "i9.pdf.enc");
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      // Whole signatures, not 3-byte words: random ciphertext holds "PNG" about once in 170 files
      // of 100 kB.
      assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
          .doesNotContain("\u0089PNG\r\n\u001a\n", "IHDR\u0000", "%PDF-1.", "Quinn", "QUINN");
    }
    assertThat(Files.getPosixFilePermissions(kek))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.size(kek)).isEqualTo(32);
    assertThat(dataDir.resolve("work")).doesNotExist(); // nothing decrypted was written to disk
  }

  @Test
  void aSealedFileMovedToAnotherApplicationDoesNotOpen() throws Exception {
    Applications applications = bean(Applications.class);
    SyntheticApplicant a = SyntheticApplicant.valid(applications.today());
    UUID first = applications.signUp(a.signUp()).id();
    UUID second = applications.signUp(a.signUp()).id();
    applications.upload(first, DocumentKind.DL_FRONT, new ByteArrayInputStream(a.front()));
    Files.createDirectories(dataDir.resolve("documents").resolve(second.toString()));
    Files.copy(
        dataDir.resolve("documents").resolve(first.toString()).resolve("dl-front.png.enc"),
        dataDir.resolve("documents").resolve(second.toString()).resolve("dl-front.png.enc"));
    DataKey secondKey = bean(ApplicationKeys.class).require(second);

    assertThatThrownBy(
            () ->
                bean(onramp.app.apply.DocumentStore.class).read(second, "dl-front.png", secondKey))
        .isInstanceOf(TamperedDataException.class);
  }

  @Test
  void aRoundIsDecidedOnceHoweverOftenItsDecisionIsRecorded() throws Exception {
    SyntheticApplicant applicant = SyntheticApplicant.valid(bean(Applications.class).today());
    UUID id = submitted(applicant);
    awaitDecision(id);
    Verification again = new Verification("x", Outcome.REJECTED, List.of(), Map.of(), 1);

    boolean written = bean(Verdicts.class).record(id, 1, again, "a-second-attempt");

    assertThat(written).isFalse();
    assertThat(
            jdbc()
                .sql("SELECT count(*) FROM decision WHERE application_id = :id")
                .param("id", id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(bean(Applications.class).view(id).stage()).isEqualTo(ApplicantView.Stage.APPROVED);
  }

  @Test
  void aVendorOutageDelaysTheCheckWithBackoffInsteadOfFailingTheApplication() throws Exception {
    Applications applications = bean(Applications.class);
    SyntheticApplicant applicant = SyntheticApplicant.valid(applications.today());
    UUID id = applications.signUp(applicant.signUp()).id();
    FlakyStep.FLAKY.add(id);
    applications.upload(id, DocumentKind.DL_FRONT, new ByteArrayInputStream(applicant.front()));
    applications.upload(id, DocumentKind.DL_BACK, new ByteArrayInputStream(applicant.back()));
    applications.upload(id, DocumentKind.I9, new ByteArrayInputStream(applicant.i9()));
    long started = System.nanoTime();
    applications.submit(id);

    // While the check waits for its retry, the operations page shows it failing.
    OpsFigures.Processing retrying = awaitRetrying();
    ApplicantView view = awaitDecision(id);

    assertThat(FlakyStep.ATTEMPTS.get()).isEqualTo(FlakyStep.FAILURES + 1);
    assertThat(retrying.mostFailedAttempts()).isPositive();
    assertThat(retrying.lastFailure()).isPresent();
    assertThat(view.stage()).isEqualTo(ApplicantView.Stage.APPROVED);
    // backoff: 200 ms, then 400 ms before the third attempt
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofMillis(600));
    assertThat(
            jdbc()
                .sql("SELECT count(*) FROM decision WHERE application_id = :id")
                .param("id", id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private static OpsFigures.Processing awaitRetrying() throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      OpsFigures.Processing p = bean(Operations.class).figures(1).processing();
      if (p.retrying() > 0) {
        return p;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the operations figures never showed the failing check retrying");
  }

  /** The date the application decides on: its clock is the system's. */
  private static LocalDate today() {
    return LocalDate.now(ZoneId.systemDefault());
  }
}
