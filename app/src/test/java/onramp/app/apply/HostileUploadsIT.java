package onramp.app.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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

  /**
   * An upload still arriving is parsed part by part; with the parts in memory nothing of it is on
   * disk, so a crash mid-upload leaves no plaintext behind. The body is sent but for its last bytes
   * and the upload folder searched while the server waits for them.
   */
  @Test
  void anUploadInFlightLeavesNothingOnDisk() throws Exception {
    String marker = "PLAINTEXT-MARKER-";
    byte[] content = marker.repeat(20_000).getBytes(StandardCharsets.US_ASCII);
    String boundary = "onrampboundary";
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"dl-front\"; filename=\"f.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    long length = head.length + content.length + tail.length;
    Path uploads = app.dataDir().resolve("tmp").resolve("uploads");

    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", app.port())) {
      java.io.OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /application/documents HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + "Content-Type: multipart/form-data; boundary="
                  + boundary
                  + "\r\nContent-Length: "
                  + length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(head);
      out.write(content);
      out.flush();
      // the server is now inside the part, waiting for the rest of the body
      Thread.sleep(1_500);

      assertThat(filesHolding(uploads, marker)).isEmpty();
      out.write(tail);
      out.flush();
    }
  }

  private static List<Path> filesHolding(Path folder, String text) throws IOException {
    if (!Files.exists(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              f -> {
                try {
                  return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)
                      .contains(text);
                } catch (IOException e) {
                  return false;
                }
              })
          .toList();
    }
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
