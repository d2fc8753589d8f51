package onramp.app.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import onramp.testsupport.Browser;
import onramp.testsupport.Browser.Part;
import onramp.testsupport.RunningApp;
import onramp.testsupport.SyntheticApplicant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The applicant pages over real HTTP: sign up, upload, submit, outcome; only one's own application.
 */
class ApplicantPagesIT {
  private static RunningApp app;

  @BeforeAll
  static void start() throws Exception {
    app = RunningApp.start();
  }

  @AfterAll
  static void stop() throws Exception {
    app.close();
  }

  static Map<String, String> form(SignUp s) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("firstName", s.firstName());
    f.put("middleName", s.middleName());
    f.put("lastName", s.lastName());
    f.put("dateOfBirth", s.dateOfBirth());
    f.put("email", s.email());
    f.put("phone", s.phone());
    f.put("street", s.street());
    f.put("city", s.city());
    f.put("state", s.state());
    f.put("postalCode", s.postalCode());
    f.put("licenseState", s.licenseState());
    f.put("licenseNumber", s.licenseNumber());
    f.put("vehicleClass", s.vehicleClass());
    f.put("firstDayOfEmployment", s.firstDayOfEmployment());
    return f;
  }

  static Browser signedUp(SyntheticApplicant a) throws Exception {
    return signedUp(a, app);
  }

  static Browser signedUp(SyntheticApplicant a, RunningApp app) throws Exception {
    Browser browser = new Browser(app.port());
    browser.get("/apply");
    HttpResponse<String> page = browser.post("/apply", form(a.signUp()));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.uri().getPath()).isEqualTo("/application");
    return browser;
  }

  static HttpResponse<String> awaitOutcomeOn(Browser browser) throws Exception {
    return awaitOutcome(browser);
  }

  static HttpResponse<String> awaitOutcome(Browser browser) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> page = browser.get("/application");
      if (!page.body().contains("id=\"checking\"")) {
        return page;
      }
      assertThat(page.body()).contains("http-equiv=\"refresh\"");
      Thread.sleep(300);
    }
    throw new AssertionError("no outcome within 90 s");
  }

  @Test
  void anApplicantSignsUpUploadsAndLearnsTheyAreApproved() throws Exception {
    SyntheticApplicant a = SyntheticApplicant.valid(app.bean(Applications.class).today());
    Browser browser = signedUp(a);
    assertThat(browser.lastPage()).contains("Upload your documents", "/resume/");

    HttpResponse<String> uploaded =
        browser.upload(
            "/application/documents",
            new Part("dl-front", "front.png", a.front()),
            new Part("dl-back", "back.png", a.back()),
            new Part("i9", "i9.pdf", a.i9()));
    assertThat(uploaded.statusCode()).isEqualTo(200);
    assertThat(uploaded.body())
        .contains("id=\"have-dl-front\"", "id=\"have-dl-back\"", "id=\"have-i9\"");
    HttpResponse<String> submitted = browser.post("/application/submit", Map.of());
    assertThat(submitted.statusCode()).isEqualTo(200);

    HttpResponse<String> outcome = awaitOutcome(browser);
    assertThat(outcome.body())
        .contains("id=\"approved\"", "Approved")
        .doesNotContain("Upload your documents");
  }

  @Test
  void aCanadianApplicantIsAskedForTheLicenceOnlyAndApproved() throws Exception {
    SyntheticApplicant a = SyntheticApplicant.ontario(app.bean(Applications.class).today());
    Browser browser = signedUp(a);
    assertThat(browser.lastPage())
        .contains("id=\"dl-front\"", "id=\"dl-back\"")
        .doesNotContain("id=\"i9\"")
        .doesNotContain("Form I-9");

    HttpResponse<String> uploaded =
        browser.upload(
            "/application/documents",
            new Part("dl-front", "front.png", a.front()),
            new Part("dl-back", "back.png", a.back()));
    assertThat(uploaded.body()).doesNotContain("Still to upload");
    browser.post("/application/submit", Map.of());

    assertThat(awaitOutcome(browser).body()).contains("id=\"approved\"");
  }

  @Test
  void aUsApplicantIsToldTheFormI9IsStillMissing() throws Exception {
    SyntheticApplicant a = SyntheticApplicant.valid(app.bean(Applications.class).today());
    Browser browser = signedUp(a);

    HttpResponse<String> uploaded =
        browser.upload(
            "/application/documents",
            new Part("dl-front", "front.png", a.front()),
            new Part("dl-back", "back.png", a.back()));

    assertThat(uploaded.body()).contains("Still to upload: Form I-9.");
  }

  /**
   * Twenty applicants at once through the real HTTP flow, each decided as its documents say. Prints
   * the time from submitting to a visible decision (measured 2026-12-02 on 2 cores: see the
   * README); asserts outcomes only, never times.
   */
  @Test
  void twentyApplicantsAtOnceAreEachDecidedAsTheirDocumentsSay() throws Exception {
    java.time.LocalDate today = app.bean(Applications.class).today();
    List<SyntheticApplicant> applicants = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      switch (i % 4) {
        case 0 -> {
          applicants.add(SyntheticApplicant.valid(today));
          expected.add("id=\"approved\"");
        }
        case 1 -> {
          applicants.add(SyntheticApplicant.expiredLicence(today));
          expected.add("id=\"fix\"");
        }
        case 2 -> {
          applicants.add(SyntheticApplicant.needsReview(today));
          expected.add("id=\"with-a-person\"");
        }
        default -> {
          applicants.add(SyntheticApplicant.ontario(today));
          expected.add("id=\"approved\"");
        }
      }
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(20);
    try {
      List<java.util.concurrent.Future<Long>> waits = new ArrayList<>();
      for (int i = 0; i < applicants.size(); i++) {
        SyntheticApplicant a = applicants.get(i);
        String outcome = expected.get(i);
        waits.add(
            pool.submit(
                () -> {
                  Browser browser = signedUp(a);
                  List<Part> parts =
                      new ArrayList<>(
                          List.of(
                              new Part("dl-front", "f.png", a.front()),
                              new Part("dl-back", "b.png", a.back())));
                  if (a.i9().length > 0) {
                    parts.add(new Part("i9", "i9.pdf", a.i9()));
                  }
                  browser.upload("/application/documents", parts.toArray(Part[]::new));
                  long start = System.nanoTime();
                  browser.post("/application/submit", Map.of());
                  assertThat(awaitOutcome(browser).body()).contains(outcome);
                  return (System.nanoTime() - start) / 1_000_000;
                }));
      }
      List<Long> millis = new ArrayList<>();
      for (java.util.concurrent.Future<Long> w : waits) {
        millis.add(w.get(5, java.util.concurrent.TimeUnit.MINUTES));
      }
      millis.sort(null);
      System.out.printf(
          "20 applicants at once: submit to visible decision p50 %d ms, p95 %d ms, max %d ms%n",
          millis.get(9), millis.get(18), millis.get(19));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRejectedApplicantIsToldWhatToFix() throws Exception {
    SyntheticApplicant a = SyntheticApplicant.expiredLicence(app.bean(Applications.class).today());
    Browser browser = signedUp(a);
    browser.upload(
        "/application/documents",
        new Part("dl-front", "f.png", a.front()),
        new Part("dl-back", "b.png", a.back()),
        new Part("i9", "i9.pdf", a.i9()));
    browser.post("/application/submit", Map.of());

    HttpResponse<String> outcome = awaitOutcome(browser);

    assertThat(outcome.body())
        .contains("id=\"fix\"", "Please fix these", "The licence expired on")
        .contains("Send my documents for checking"); // and may resubmit
  }

  @Test
  void missingSignUpFieldsAreListedInPlainWords() throws Exception {
    Browser browser = new Browser(app.port());
    browser.get("/apply");
    Map<String, String> f =
        form(SyntheticApplicant.valid(app.bean(Applications.class).today()).signUp());
    f.put("firstName", "");
    f.put("dateOfBirth", "18.04.1990");

    HttpResponse<String> page = browser.post("/apply", f);

    assertThat(page.statusCode()).isEqualTo(422);
    assertThat(page.body()).contains("First name is required", "Date of birth must be a date");
  }

  @Test
  void theResumeLinkOpensTheApplicationInAnotherBrowserAndNothingElseDoes() throws Exception {
    Browser first = signedUp(SyntheticApplicant.valid(app.bean(Applications.class).today()));
    Matcher link = Pattern.compile("/resume/([A-Za-z0-9_\\-]{43})").matcher(first.lastPage());
    assertThat(link.find()).isTrue();
    assertThat(first.lastPage()).contains("http://localhost:" + app.port() + link.group());
    Browser other = new Browser(app.port());

    HttpResponse<String> without = other.get("/application");
    HttpResponse<String> wrong = other.get("/resume/" + "x".repeat(43));
    HttpResponse<String> confirm = other.get(link.group());
    HttpResponse<String> stillOut = other.get("/application");
    other.get(link.group());
    HttpResponse<String> forged =
        other.post(link.group(), java.util.Map.of("_csrf", "from-another-site"));
    other.get(link.group());
    HttpResponse<String> resumed = other.post(link.group(), java.util.Map.of());

    assertThat(without.uri().getPath()).isEqualTo("/login");
    assertThat(wrong.statusCode()).isEqualTo(404);
    // Opening the link alone signs nobody in (no login CSRF); it asks for a POST with the token.
    assertThat(confirm.statusCode()).isEqualTo(200);
    assertThat(confirm.body()).contains("id=\"continue\"", "name=\"_csrf\"");
    assertThat(stillOut.uri().getPath()).isEqualTo("/login");
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(resumed.statusCode()).isEqualTo(200);
    assertThat(resumed.uri().getPath()).isEqualTo("/application");
    assertThat(resumed.body()).contains("Upload your documents");
  }

  @Test
  void anApplicantCannotOpenTheBackOffice() throws Exception {
    Browser browser = signedUp(SyntheticApplicant.valid(app.bean(Applications.class).today()));

    assertThat(browser.get("/review").statusCode()).isEqualTo(403);
    assertThat(browser.get("/ops").statusCode()).isEqualTo(403);
  }

  @Test
  void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
    Browser browser = new Browser(app.port());
    browser.get("/apply");

    HttpResponse<String> page = browser.post("/apply", Map.of("_csrf", "forged", "firstName", "X"));

    assertThat(page.statusCode()).isEqualTo(403);
  }
}
