package onramp.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import onramp.app.apply.ApplicantView;
import onramp.app.apply.Applications;
import onramp.app.apply.DocumentKind;
import onramp.app.apply.SignUp;
import onramp.testsupport.HeadlessChromium;
import onramp.testsupport.RunningApp;
import onramp.testsupport.SyntheticApplicant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The applicant and the reviewer in real headless Chromium, at a phone's window size. */
class BrowserIT {
  private static RunningApp app;
  private ChromeDriver browser;
  @TempDir Path files;

  @BeforeAll
  static void start() throws Exception {
    assertTrue(
        HeadlessChromium.installed(),
        "needs chromium and chromium-driver: ./onramp test installs them, or apt-get install chromium chromium-driver");
    app = RunningApp.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
    }
  }

  @BeforeEach
  void openBrowser() throws Exception {
    browser = HeadlessChromium.start();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private String url(String path) {
    return "http://localhost:" + app.port() + path;
  }

  /** Types {@code text} into the field; a field the applicant leaves empty gets nothing. */
  private void type(String id, @Nullable String text) {
    if (text == null) {
      return;
    }
    WebElement field = browser.findElement(By.id(id));
    if ("date".equals(field.getDomAttribute("type"))) {
      ((JavascriptExecutor) browser)
          .executeScript("arguments[0].value = arguments[1]", field, text);
    } else {
      field.clear();
      field.sendKeys(text);
    }
  }

  private Path file(String name, byte[] bytes) throws Exception {
    return Files.write(files.resolve(name), bytes);
  }

  @Test
  void anApplicantGoesFromSignUpToADecisionOnAPhone() throws Exception {
    SyntheticApplicant a = SyntheticApplicant.valid(app.bean(Applications.class).today());
    SignUp s = a.signUp();

    browser.get(url("/"));
    browser.findElement(By.id("apply")).click();
    assertThat(browser.getTitle()).contains("Apply to drive");
    Long overflow =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
    assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0L);
    type("firstName", s.firstName());
    type("middleName", s.middleName());
    type("lastName", s.lastName());
    type("dateOfBirth", s.dateOfBirth());
    type("email", s.email());
    type("phone", s.phone());
    type("street", s.street());
    type("city", s.city());
    type("state", s.state());
    type("postalCode", s.postalCode());
    type("licenseState", s.licenseState());
    type("licenseNumber", s.licenseNumber());
    new Select(browser.findElement(By.id("vehicleClass"))).selectByValue("VAN");
    type("firstDayOfEmployment", s.firstDayOfEmployment());
    browser.findElement(By.id("sign-up")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("resume")));

    assertThat(browser.findElement(By.id("resume")).getText()).contains("/resume/");
    assertThat(browser.findElement(By.id("submit")).isEnabled()).isFalse();
    browser.findElement(By.id("dl-front")).sendKeys(file("front.png", a.front()).toString());
    browser.findElement(By.id("dl-back")).sendKeys(file("back.png", a.back()).toString());
    browser.findElement(By.id("i9")).sendKeys(file("i9.pdf", a.i9()).toString());
    browser.findElement(By.id("upload")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".have"), 3));
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.elementToBeClickable(By.id("submit")));
    browser.findElement(By.id("submit")).click();

    new WebDriverWait(browser, Duration.ofSeconds(120))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("approved")));
    assertThat(browser.findElement(By.id("outcome")).getText()).contains("Approved");
  }

  @Test
  void aReviewerClearsACaseFromTheQueue() throws Exception {
    UUID id = waitingForReview();

    browser.get(url("/review"));
    assertThat(browser.getCurrentUrl()).endsWith("/login");
    type("username", RunningApp.REVIEWER);
    type("password", RunningApp.PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
    WebElement row =
        browser.findElement(By.xpath("//a[contains(@href, '" + id + "')]/ancestor::tr"));
    assertThat(row.getText()).contains("DL_FRONT_BACK_MISMATCH");
    row.findElement(By.cssSelector("a.open")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("reasons")));

    assertThat(browser.findElement(By.id("reasons")).getText()).contains("DL_FRONT_BACK_MISMATCH");
    assertThat(browser.findElements(By.cssSelector("#licence-fields tr.flagged"))).isNotEmpty();
    WebElement front = browser.findElement(By.cssSelector("img.document"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", front);
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return arguments[0].complete && arguments[0].naturalWidth > 0",
                            front));
    browser.findElement(By.id("approve")).click();
    String caseUrl = browser.getCurrentUrl();
    browser.findElement(By.id("record")).click();
    assertThat(browser.getCurrentUrl())
        .as("a decision without a note is not sent")
        .isEqualTo(caseUrl);
    assertThat(browser.findElement(By.id("note")).getDomProperty("validationMessage")).isNotBlank();
    type(
        "note",
        "Front OCR misread the first letter; the barcode and the photo show the same number.");
    browser.findElement(By.id("record")).click();

    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("message")));
    assertThat(browser.findElement(By.id("message")).getText())
        .contains("Decision recorded: approved.");
    assertThat(app.bean(Applications.class).view(id).stage())
        .isEqualTo(ApplicantView.Stage.APPROVED);
  }

  private static UUID waitingForReview() throws Exception {
    Applications applications = app.bean(Applications.class);
    SyntheticApplicant a = SyntheticApplicant.needsReview(applications.today());
    UUID id = applications.signUp(a.signUp()).id();
    applications.upload(id, DocumentKind.DL_FRONT, new ByteArrayInputStream(a.front()));
    applications.upload(id, DocumentKind.DL_BACK, new ByteArrayInputStream(a.back()));
    applications.upload(id, DocumentKind.I9, new ByteArrayInputStream(a.i9()));
    applications.submit(id);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (applications.view(id).stage() == ApplicantView.Stage.CHECKING
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    return id;
  }
}
