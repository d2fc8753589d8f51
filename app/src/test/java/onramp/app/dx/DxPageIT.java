package onramp.app.dx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import onramp.devtools.Finding;
import onramp.devtools.LineRange;
import onramp.devtools.dx.DxStore;
import onramp.devtools.dx.ExperimentPlan;
import onramp.devtools.dx.Fate;
import onramp.devtools.dx.ReviewRun;
import onramp.devtools.dx.SurveyResponse;
import onramp.testsupport.Browser;
import onramp.testsupport.HeadlessChromium;
import onramp.testsupport.Http;
import onramp.testsupport.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code /dx} and {@code /api/dx/report} over real HTTP on a running Onramp: who may read it, the
 * honest refusal before there is data, and the figures recomputed here from the rows written
 * through {@link DxStore} (two teams in a plan, runs by three engineers, fates, survey answers).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DxPageIT {
  private static final String EXEC = "erin";
  private static final String EMPLOYEE = "ana";
  private static final String PERIOD = "from=2026-10-05&to=2026-11-02";
  private static RunningApp app;
  private static DxStore store;

  @BeforeAll
  static void start() throws Exception {
    app =
        RunningApp.start(
            "--onramp.security.local-users[2].username=" + EXEC,
            "--onramp.security.local-users[2].password=" + RunningApp.PASSWORD,
            "--onramp.security.local-users[2].roles[0]=EXEC",
            "--onramp.security.local-users[3].username=" + EMPLOYEE,
            "--onramp.security.local-users[3].password=" + RunningApp.PASSWORD,
            "--onramp.security.local-users[3].roles[0]=EMPLOYEE");
    store = app.bean(DxStore.class);
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
    }
  }

  @Test
  @Order(1)
  void withoutDataThePageSaysWhyThereIsNoReportAndTheApiAnswers422() throws Exception {
    Browser exec = Browser.signedIn(app.port(), EXEC);
    HttpResponse<String> page = exec.get("/dx?" + PERIOD);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"refusal\"")
        .contains("no review runs and no survey answers")
        .doesNotContain("id=\"teams\"");
    HttpResponse<String> api = exec.get("/api/dx/report?" + PERIOD, "application/json");
    assertThat(api.statusCode()).isEqualTo(422);
    assertThat(Http.parse(api.body()).path("error").asText()).contains("Nothing to report");
  }

  @Test
  @Order(2)
  void anEngineerIsRefusedAndAnExecutiveAndAnAdminMayRead() throws Exception {
    assertThat(Browser.signedIn(app.port(), EMPLOYEE).get("/dx").statusCode()).isEqualTo(403);
    assertThat(
            Browser.signedIn(app.port(), EMPLOYEE)
                .get("/api/dx/report", "application/json")
                .statusCode())
        .isEqualTo(403);
    assertThat(new Browser(app.port()).get("/api/dx/report", "application/json").statusCode())
        .isEqualTo(401);
    assertThat(Browser.signedIn(app.port(), RunningApp.ADMIN).get("/dx").statusCode())
        .isEqualTo(200);
    assertThat(Browser.signedIn(app.port(), RunningApp.REVIEWER).get("/dx").statusCode())
        .isEqualTo(403);
  }

  @Test
  @Order(3)
  void theFiguresAreTheRowsRecomputed() throws Exception {
    record(); // 2 teams; payments: 2 engineers, 3 runs, 4 findings (1 accepted, 1 fixed, 1
    // dismissed)
    Browser exec = Browser.signedIn(app.port(), EXEC);
    String page = exec.get("/dx?" + PERIOD).body();
    assertThat(page).doesNotContain("id=\"refusal\"").contains("id=\"teams\"");
    assertThat(page.split("<svg", -1)).hasSize(3);

    JsonNode json = Http.parse(exec.get("/api/dx/report?" + PERIOD, "application/json").body());
    JsonNode teams = json.path("teams");
    assertThat(teams).hasSize(2);
    JsonNode payments = teams.get(0);
    assertThat(payments.path("team").asText()).isEqualTo("payments");
    assertThat(payments.path("activeEngineers").asInt()).isEqualTo(2);
    assertThat(payments.path("runs").asInt()).isEqualTo(3);
    assertThat(payments.path("findings").asInt()).isEqualTo(4);
    JsonNode rides = teams.get(1);
    assertThat(rides.path("activeEngineers").asInt()).isEqualTo(1);
    assertThat(rides.path("runs").asInt()).isEqualTo(1);

    // The page: acceptance (accepted + fixed) / findings = 2/4; cost $0.03 over 2 engineers.
    String row = Browser.lines(page, "teams").get(0);
    assertThat(row).contains(">payments<", ">50%<", ">$0.03<", ">$0.02<");
    // Survey: payments has 3 answers (speed 4, 4, 5 → 4.3), rides 1 (hidden).
    String survey = Browser.lines(page, "survey").get(0);
    assertThat(survey).contains(">4.3<", "hidden (&lt; 3 answers)");
    // No repository: the effect is not estimated, and the page says so.
    assertThat(page).contains("id=\"no-effect\"").contains("No team repository could be read");
    // Never a person: no login and no pseudonym of an engineer on the page or in the JSON.
    assertThat(page + json).doesNotContain("ines@example.com", "omar@example.com");
  }

  @Test
  @Order(4)
  void aBadDateIsA400ThatSaysHowToWriteIt() throws Exception {
    HttpResponse<String> r = Browser.signedIn(app.port(), EXEC).get("/dx?from=10/05/2026");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("YYYY-MM-DD");
  }

  @Test
  @Order(5)
  void thePageFitsAPhoneAndADesktopInHeadlessChromium() throws Exception {
    assertTrue(HeadlessChromium.installed(), "needs chromium and chromium-driver");
    ChromeDriver chromium = HeadlessChromium.start();
    try {
      HeadlessChromium.signIn(chromium, app.port(), EXEC);
      Path shots = Files.createDirectories(Path.of("target", "screenshots"));
      for (int width : new int[] {390, 1280}) {
        chromium.manage().window().setSize(new Dimension(width, 1000));
        chromium.get("http://localhost:" + app.port() + "/dx?" + PERIOD);
        new WebDriverWait(chromium, Duration.ofSeconds(30))
            .until(ExpectedConditions.presenceOfElementLocated(By.id("fates-chart")));
        long pageWidth = number(chromium, "return document.documentElement.scrollWidth");
        long viewport = number(chromium, "return document.documentElement.clientWidth");
        long height = number(chromium, "return document.documentElement.scrollHeight");
        chromium
            .manage()
            .window()
            .setSize(new Dimension(width, (int) Math.min(height + 40, 8_000)));
        Files.write(
            shots.resolve("dx-" + width + ".png"), chromium.getScreenshotAs(OutputType.BYTES));
        assertThat(pageWidth)
            .as("the page scrolls sideways at %d px", width)
            .isLessThanOrEqualTo(viewport);
        assertThat(chromium.findElements(By.cssSelector(".chart svg"))).hasSize(2);
      }
    } finally {
      chromium.quit();
    }
  }

  private static void record() {
    store.savePlan(
        new ExperimentPlan(
            LocalDate.parse("2026-10-05"),
            2,
            2,
            7,
            List.of(
                new ExperimentPlan.Assignment("payments", 0, LocalDate.parse("2026-10-05")),
                new ExperimentPlan.Assignment("rides", 1, LocalDate.parse("2026-10-19")))),
        true);
    UUID first =
        run(
            "payments",
            "ines@example.com",
            "2026-10-06T10:00:00Z",
            "0.010000",
            finding(3),
            finding(9));
    run("payments", "ines@example.com", "2026-10-07T10:00:00Z", "0.005000", finding(4));
    UUID third =
        run("payments", "omar@example.com", "2026-10-14T10:00:00Z", "0.015000", finding(5));
    run("rides", "omar@example.com", "2026-10-20T10:00:00Z", "0", new Finding[0]);
    store.recordFate(first, 1, Fate.ACCEPTED, Fate.Origin.CLI, Optional.empty());
    store.recordFate(first, 2, Fate.DISMISSED, Fate.Origin.CLI, Optional.empty());
    store.recordFate(third, 1, Fate.FIXED, Fate.Origin.GIT, Optional.of("abc123"));
    store.recordSurvey(new SurveyResponse("payments", 0, at("2026-10-20T09:00:00Z"), 4, 3, 4));
    store.recordSurvey(new SurveyResponse("payments", 0, at("2026-10-20T09:05:00Z"), 4, 4, 4));
    store.recordSurvey(new SurveyResponse("payments", 0, at("2026-10-20T09:10:00Z"), 5, 4, 3));
    store.recordSurvey(new SurveyResponse("rides", 0, at("2026-10-20T09:15:00Z"), 2, 2, 2));
  }

  private static UUID run(
      String team, String engineer, String at, String cost, Finding... findings) {
    return store.recordRun(
        new ReviewRun(
            "web-app",
            team,
            engineer,
            Optional.of("0123456789abcdef0123456789abcdef01234567"),
            at(at),
            Duration.ofSeconds(7),
            List.of(findings),
            new ReviewRun.Usage(true, 1000, 200, new BigDecimal(cost))));
  }

  private static Finding finding(int line) {
    return new Finding(
        "src/index.ts",
        new LineRange(line, line),
        Finding.Severity.WARNING,
        "null-safety",
        "a synthetic finding",
        Finding.Source.MODEL,
        Optional.empty(),
        Optional.empty(),
        Finding.Verification.NONE);
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  private static long number(JavascriptExecutor js, String script) {
    return ((Number) Objects.requireNonNull(js.executeScript(script))).longValue();
  }
}
