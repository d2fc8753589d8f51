package onramp.app.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import onramp.testsupport.Browser;
import onramp.testsupport.Browser.Part;
import onramp.testsupport.HostileFiles;
import onramp.testsupport.RunningApp;
import onramp.testsupport.SyntheticApplicant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile uploads over real HTTP get a clear error, are not stored, and break nothing: after all of
 * them the same applicant uploads good files and gets a decision.
 */
class HostileUploadsIT {
  private static RunningApp app;
  private static Browser browser;
  private static SyntheticApplicant applicant;

  @BeforeAll
  static void start() throws Exception {
    app = RunningApp.start();
    applicant = SyntheticApplicant.valid(app.bean(Applications.class).today());
    browser = new Browser(app.port());
    browser.get("/apply");
    browser.post("/apply", ApplicantPagesIT.form(applicant.signUp()));
  }

  @AfterAll
  static void stop() throws Exception {
    app.close();
  }

  private static HttpResponse<String> upload(String field, String name, byte[] bytes)
      throws Exception {
    browser.get("/application");
    return browser.upload("/application/documents", new Part(field, name, bytes));
  }

  @Test
  void aTruncatedImageIsRefusedAsDamaged() throws Exception {
    HttpResponse<String> page =
        upload("dl-front", "front.png", HostileFiles.truncated(applicant.front()));

    assertThat(page.statusCode()).isEqualTo(422);
    assertThat(page.body()).contains("Driver licence, front: the file is damaged or cut short");
    assertThat(page.body()).doesNotContain("id=\"have-dl-front\"");
  }

  @Test
  void aDecompressionBombIsRefusedFromItsHeader() throws Exception {
    byte[] bomb = HostileFiles.decompressionBombPng();
    assertThat(bomb.length).isLessThan(100_000);
    long before = usedMemory();

    HttpResponse<String> page = upload("dl-back", "back.png", bomb);

    assertThat(page.statusCode()).isEqualTo(422);
    assertThat(page.body()).contains("100000×100000 pixels, more than any phone camera takes");
    assertThat(usedMemory() - before).isLessThan(500L * 1024 * 1024);
  }

  @Test
  void aPdfBombIsRefusedBeforeItIsRendered() throws Exception {
    byte[] bomb = HostileFiles.pdfBomb();
    assertThat(bomb.length).isLessThan(1_000_000);

    HttpResponse<String> page = upload("i9", "i9.pdf", bomb);

    assertThat(page.statusCode()).isEqualTo(422);
    assertThat(page.body())
        .contains(
            "Form I-9: page 1 expands to more than 16 MB of drawing instructions, far beyond a Form I-9");
  }

  @Test
  void aWrongTypeIsRefusedWhateverItsName() throws Exception {
    HttpResponse<String> text =
        upload("dl-front", "front.png", "just text".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> pdfAsPhoto = upload("dl-back", "back.jpg", applicant.i9());

    assertThat(text.statusCode()).isEqualTo(422);
    assertThat(text.body()).contains("Driver licence, front: this file is not a PNG or JPEG photo");
    assertThat(pdfAsPhoto.body())
        .contains("Driver licence, back (with the barcode): this file is not a PNG or JPEG photo");
  }

  @Test
  void a500MegabyteUploadIsRefusedBeforeItIsRead() throws Exception {
    long before = usedMemory();
    browser.get("/application");

    HttpResponse<String> page =
        browser.uploadStream("/application/documents", "dl-front", 500L * 1024 * 1024, false);

    assertThat(page.statusCode()).isEqualTo(413);
    assertThat(page.body()).contains("each file may be up to 10 MB");
    assertThat(usedMemory() - before).isLessThan(200L * 1024 * 1024);
  }

  @Test
  void a500MegabyteUploadWithoutLengthIsCutOffWhileItStreams() throws Exception {
    browser.get("/application");
    int status;
    String body;
    try {
      HttpResponse<String> page =
          browser.uploadStream("/application/documents", "dl-front", 500L * 1024 * 1024, true);
      status = page.statusCode();
      body = page.body();
    } catch (IOException closedWhileSending) {
      status =
          413; // the server answered and closed the connection while the client was still sending
      body = "";
    }

    assertThat(status).isEqualTo(413);
    if (!body.isEmpty()) {
      assertThat(body).contains("10 MB");
    }
    assertThat(new Browser(app.port()).get("/actuator/health", "application/json").body())
        .contains("UP");
  }

  @Test
  void afterHostileUploadsAnApplicantStillGetsADecision() throws Exception {
    Browser browser = ApplicantPagesIT.signedUp(applicant, app);
    browser.upload(
        "/application/documents",
        new Part("dl-front", "front.png", HostileFiles.truncated(applicant.front())));
    browser.get("/application");
    browser.upload(
        "/application/documents",
        new Part("dl-back", "back.png", HostileFiles.decompressionBombPng()));
    browser.get("/application");

    browser.upload(
        "/application/documents",
        new Part("dl-front", "f.png", applicant.front()),
        new Part("dl-back", "b.png", applicant.back()),
        new Part("i9", "i9.pdf", applicant.i9()));
    browser.post("/application/submit", Map.of());

    assertThat(ApplicantPagesIT.awaitOutcomeOn(browser).body()).contains("id=\"approved\"");
  }

  private static long usedMemory() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
