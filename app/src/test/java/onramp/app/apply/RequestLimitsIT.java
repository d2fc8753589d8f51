package onramp.app.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import onramp.testsupport.Browser;
import onramp.testsupport.RunningApp;
import onramp.testsupport.SyntheticApplicant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-up limits per address, submission limits and the resubmission cap, over real HTTP. */
class RequestLimitsIT {
  private static RunningApp app;

  @BeforeAll
  static void start() throws Exception {
    app =
        RunningApp.start(
            "--onramp.apply.sign-ups-per-address-hour=2", "--onramp.apply.max-submissions=1");
  }

  @AfterAll
  static void stop() throws Exception {
    app.close();
  }

  @Test
  void theThirdSignUpFromOneAddressWithinTheHourGets429WithRetryAfter() throws Exception {
    SyntheticApplicant a = SyntheticApplicant.valid(app.bean(Applications.class).today());
    java.util.List<HttpResponse<String>> pages = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Browser browser = new Browser(app.port());
      browser.get("/apply");
      pages.add(browser.post("/apply", ApplicantPagesIT.form(a.signUp())));
    }
    HttpResponse<String> last = pages.get(2);

    assertThat(pages).extracting(HttpResponse::statusCode).containsExactly(200, 200, 429);
    assertThat(last.headers().firstValue("Retry-After"))
        .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isBetween(1L, 3600L));
    assertThat(last.body()).contains("Too many tries from here", "try again");
  }

  @Test
  void limitsCountInTheDatabaseAndAWindowThatHasPassedStartsAgain() {
    RequestLimits limits = app.bean(RequestLimits.class);
    String address = "203.0.113." + (1 + new java.util.Random().nextInt(250));

    assertThat(limits.signUp(address)).isEmpty();
    assertThat(limits.signUp(address)).isEmpty();
    assertThat(limits.signUp(address))
        .hasValueSatisfying(
            d -> assertThat(d).isBetween(Duration.ofMinutes(59), Duration.ofHours(1)));
    app.bean(JdbcClient.class)
        .sql("UPDATE request_limit SET window_start = now() - interval '61 minutes' WHERE key = :k")
        .param("k", "sign-up:" + address)
        .update();
    assertThat(limits.signUp(address)).isEmpty();
  }

  @Test
  void aRejectedApplicationCannotBeResubmittedPastTheCap() throws Exception {
    Applications applications = app.bean(Applications.class);
    SyntheticApplicant a = SyntheticApplicant.expiredLicence(applications.today());
    NewApplication created = applications.signUp(a.signUp());
    UUID id = created.id();
    applications.upload(id, DocumentKind.DL_FRONT, new ByteArrayInputStream(a.front()));
    applications.upload(id, DocumentKind.DL_BACK, new ByteArrayInputStream(a.back()));
    applications.upload(id, DocumentKind.I9, new ByteArrayInputStream(a.i9()));
    applications.submit(id);
    Instant deadline = Instant.now().plusSeconds(90);
    while (applications.view(id).stage() == ApplicantView.Stage.CHECKING
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    assertThat(applications.view(id).stage()).isEqualTo(ApplicantView.Stage.FIX_AND_RESUBMIT);

    Browser browser = new Browser(app.port());
    browser.get("/resume/" + created.token());
    browser.post("/resume/" + created.token(), Map.of());
    browser.get("/application");
    HttpResponse<String> again = browser.post("/application/submit", Map.of());

    assertThat(again.statusCode()).isEqualTo(429);
    assertThat(again.body()).contains("sent for checking the most times allowed (1)");
    assertThatThrownBy(() -> applications.submit(id)).isInstanceOf(SubmissionCapException.class);
    assertThat(applications.standing(id).round()).isEqualTo(1);
  }
}
