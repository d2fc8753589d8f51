package onramp.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import onramp.app.apply.ApplicantView;
import onramp.app.apply.Applications;
import onramp.app.apply.DocumentKind;
import onramp.app.system.AuditEvent;
import onramp.app.system.AuditLog;
import onramp.testsupport.Browser;
import onramp.testsupport.RunningApp;
import onramp.testsupport.SyntheticApplicant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reviewer back office and the operations dashboard over real HTTP, signed in locally. */
class BackOfficeIT {
  private static RunningApp app;
  private static SyntheticApplicant applicant;

  @BeforeAll
  static void start() throws Exception {
    app = RunningApp.start();
    applicant = SyntheticApplicant.needsReview(app.bean(Applications.class).today());
  }

  @AfterAll
  static void stop() throws Exception {
    app.close();
  }

  static UUID waitingForReview() throws Exception {
    Applications applications = app.bean(Applications.class);
    UUID id = applications.signUp(applicant.signUp()).id();
    applications.upload(id, DocumentKind.DL_FRONT, new ByteArrayInputStream(applicant.front()));
    applications.upload(id, DocumentKind.DL_BACK, new ByteArrayInputStream(applicant.back()));
    applications.upload(id, DocumentKind.I9, new ByteArrayInputStream(applicant.i9()));
    applications.submit(id);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (applications.view(id).stage() == ApplicantView.Stage.CHECKING
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    assertThat(applications.view(id).stage()).isEqualTo(ApplicantView.Stage.WITH_A_PERSON);
    return id;
  }

  static Browser signedIn(String user) throws Exception {
    Browser browser = new Browser(app.port());
    browser.get("/login");
    HttpResponse<String> page =
        browser.post("/login", Map.of("username", user, "password", RunningApp.PASSWORD));
    assertThat(page.uri().getPath()).isEqualTo("/review");
    return browser;
  }

  @Test
  void theQueueListsWaitingApplicationsOldestFirstAndFilters() throws Exception {
    UUID older = waitingForReview();
    UUID newer = waitingForReview();
    Browser reviewer = signedIn(RunningApp.REVIEWER);

    String all = reviewer.get("/review").body();
    String byReason = reviewer.get("/review?reason=DL_FRONT_BACK_MISMATCH").body();
    String otherReason = reviewer.get("/review?reason=I9_MISSING").body();
    String old = reviewer.get("/review?olderThanHours=5").body();

    assertThat(all).contains("DL_FRONT_BACK_MISMATCH");
    assertThat(all.indexOf(older.toString()))
        .isPositive()
        .isLessThan(all.indexOf(newer.toString()));
    assertThat(byReason).contains(older.toString(), newer.toString());
    assertThat(otherReason).doesNotContain(older.toString());
    assertThat(old).doesNotContain(older.toString());
  }

  @Test
  void aReviewerSeesTheEvidenceAndOverridesWithANoteAndEverythingIsAudited() throws Exception {
    UUID id = waitingForReview();
    Browser reviewer = signedIn(RunningApp.REVIEWER);

    String page = reviewer.get("/review/" + id).body();
    HttpResponse<String> image = reviewer.get("/review/" + id + "/documents/dl-front", "image/*");
    reviewer.get("/review/" + id);
    HttpResponse<String> noNote =
        reviewer.post("/review/" + id + "/decision", Map.of("decision", "REJECTED", "note", " "));
    HttpResponse<String> decided =
        reviewer.post(
            "/review/" + id + "/decision",
            Map.of(
                "decision",
                "REJECTED",
                "note",
                "Front shows another licence number; ask for a new photo."));

    assertThat(page)
        .contains(
            "DL_FRONT_BACK_MISMATCH",
            "id=\"licence-fields\"",
            "barcode",
            "front-ocr",
            "class=\"flagged\"",
            "/review/" + id + "/documents/dl-back",
            "Open the Form I-9 (PDF)");
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(image.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    assertThat(noNote.body()).contains("Write a note");
    assertThat(decided.uri().getPath()).isEqualTo("/review");
    assertThat(decided.body())
        .contains("Decision recorded: rejected.")
        .doesNotContain(id.toString());

    List<Map<String, Object>> decisions =
        app.bean(JdbcClient.class)
            .sql(
                """
            SELECT decision, decided_by, reviews IS NOT NULL AS reviews FROM decision
            WHERE application_id = :id ORDER BY id""")
            .param("id", id)
            .query()
            .listOfRows();
    assertThat(decisions)
        .extracting(d -> d.get("decision") + " by " + d.get("decided_by") + " " + d.get("reviews"))
        .containsExactly("NEEDS_REVIEW by system false", "REJECTED by dana true");
    List<AuditEvent> audit = app.bean(AuditLog.class).about("application:" + id);
    assertThat(audit)
        .extracting(e -> e.actor() + " " + e.action())
        .contains("dana CASE_VIEWED", "dana DOCUMENT_VIEWED", "dana REVIEWED");
    assertThat(
            audit.stream()
                .filter(e -> e.action().equals("REVIEWED"))
                .findFirst()
                .orElseThrow()
                .details())
        .containsEntry("systemDecision", "NEEDS_REVIEW")
        .containsEntry("decision", "REJECTED");
    ApplicantView seen = app.bean(Applications.class).view(id);
    assertThat(seen.stage()).isEqualTo(ApplicantView.Stage.REJECTED_AFTER_REVIEW);
    assertThat(seen.reviewerNote())
        .hasValue("Front shows another licence number; ask for a new photo.");
  }

  @Test
  void theBackOfficeNeedsASignedInReviewer() throws Exception {
    Browser anonymous = new Browser(app.port());
    Browser wrongPassword = new Browser(app.port());
    wrongPassword.get("/login");

    HttpResponse<String> queue = anonymous.get("/review");
    HttpResponse<String> failed =
        wrongPassword.post("/login", Map.of("username", RunningApp.REVIEWER, "password", "nope"));

    assertThat(queue.uri().getPath()).isEqualTo("/login");
    assertThat(failed.body()).contains("id=\"login-error\"");
    assertThat(
            anonymous.get("/review/" + UUID.randomUUID() + "/documents/dl-front").uri().getPath())
        .isEqualTo("/login");
  }

  @Test
  void onlyAnAdminRecordsTheEndOfEmployment() throws Exception {
    UUID id = waitingForReview();
    Browser admin = signedIn(RunningApp.ADMIN);
    Browser reviewer = signedIn(RunningApp.REVIEWER);

    assertThat(reviewer.get("/review/" + id).body()).doesNotContain("id=\"employment\"");
    HttpResponse<String> refused =
        reviewer.post(
            "/admin/applications/" + id + "/employment-ended", Map.of("on", "2027-03-31"));
    assertThat(admin.get("/review/" + id).body()).contains("id=\"employment\"");
    HttpResponse<String> recorded =
        admin.post("/admin/applications/" + id + "/employment-ended", Map.of("on", "2027-03-31"));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(recorded.body()).contains("Employment end recorded.");
    assertThat(
            app.bean(JdbcClient.class)
                .sql("SELECT employment_ended_on::text FROM application WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo("2027-03-31");
    assertThat(app.bean(AuditLog.class).about("application:" + id))
        .extracting(e -> e.actor() + " " + e.action())
        .contains("alex EMPLOYMENT_ENDED");
  }

  @Test
  void theDashboardShowsAutomationTimesQueueAndReasonsWithCharts() throws Exception {
    waitingForReview();
    Browser admin = signedIn(RunningApp.ADMIN);

    String page = admin.get("/ops").body();

    assertThat(page)
        .contains(
            "Automation rate",
            "id=\"automation\"",
            "p50",
            "p95",
            "waiting",
            "<svg",
            "DL_FRONT_BACK_MISMATCH");
    assertThat(page).containsPattern("id=\"queue-size\">[1-9]\\d* waiting");
  }
}
