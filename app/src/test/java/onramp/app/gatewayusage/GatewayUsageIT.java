package onramp.app.gatewayusage;

import static onramp.app.gatewayusage.SyntheticUsage.who;
import static onramp.app.gatewayusage.SyntheticUsage.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;
import javax.sql.DataSource;
import onramp.gateway.Usage;
import onramp.gateway.audit.Outcome;
import onramp.gateway.keys.VirtualKey;
import onramp.testsupport.Browser;
import onramp.testsupport.HeadlessChromium;
import onramp.testsupport.Http;
import onramp.testsupport.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The usage API and page over real HTTP on a running Onramp, signed in as an admin, from audit
 * records written by the gateway's own audit log: February 2026 holds a few exact calls, March 2026
 * a busy month for the charts.
 */
class GatewayUsageIT {
  private static final Usage CACHED = new Usage(1_000, 500, 20_000, 3_000, 1_000);
  private static final String ML_REVIEW = "robin";
  private static RunningApp app;
  private static VirtualKey supportKey;
  private static SyntheticUsage.Recorded march;

  @BeforeAll
  static void start() throws Exception {
    app =
        RunningApp.start(
            "--onramp.security.local-users[2].username=" + ML_REVIEW,
            "--onramp.security.local-users[2].password=" + RunningApp.PASSWORD,
            "--onramp.security.local-users[2].roles[0]=ML_REVIEW");
    SyntheticUsage usage = new SyntheticUsage(app.bean(DataSource.class));
    supportKey = usage.key("support", "workspace");
    usage.call(
        at("2026-01-31T23:59:59Z"),
        who("onboarding", "licence-reader", "svc"),
        "claude-haiku-4-5",
        Usage.of(10, 1),
        Outcome.OK);
    usage.call(
        at("2026-02-01T00:00:00Z"),
        who("onboarding", "licence-reader", "svc"),
        "claude-sonnet-4-5",
        CACHED,
        Outcome.OK);
    usage.call(
        at("2026-02-14T12:00:00Z"),
        with(who("support", "workspace", "agent-12"), supportKey),
        "claude-haiku-4-5",
        Usage.of(100, 10),
        Outcome.REFUSED);
    usage.call(
        at("2026-02-28T23:59:59Z"),
        with(who("support", "workspace", "agent-12"), supportKey),
        "claude-haiku-4-5",
        Usage.of(100, 10),
        Outcome.OK);
    usage.call(
        at("2026-02-20T08:00:00Z"),
        who("research, \"labs\"", "notebook", "svc"),
        "llama-70b",
        Usage.of(1_000, 1_000),
        Outcome.FAILED);
    march = usage.busyMonth(YearMonth.of(2026, 3), 42);
    usage.call(
        Instant.now(),
        who("onboarding", "licence-reader", "svc"),
        "claude-haiku-4-5",
        Usage.of(10, 1),
        Outcome.OK);
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
    }
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  private static JsonNode json(Browser browser, String path) throws Exception {
    HttpResponse<String> response = browser.get(path, "application/json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return Http.parse(response.body());
  }

  @Test
  void theApiAnswersJsonForTheCurrentMonthByTeamPerMonthByDefault() throws Exception {
    JsonNode usage = json(Browser.signedIn(app.port(), RunningApp.ADMIN), "/api/gateway/usage");

    assertThat(usage.get("month").asText())
        .isEqualTo(YearMonth.from(Instant.now().atZone(ZoneOffset.UTC)).toString());
    assertThat(usage.get("by").toString()).isEqualTo("[\"team\"]");
    assertThat(usage.get("per").asText()).isEqualTo("month");
    assertThat(usage.get("rows")).hasSize(1);
    assertThat(usage.get("rows").get(0).get("team").asText()).isEqualTo("onboarding");
    assertThat(usage.get("totals").get("costUsd").decimalValue()).isEqualByComparingTo("0.000015");
  }

  @Test
  void theApiSumsAMonthExactlyWithCacheTokensAndTheMonthsEdgesInUtc() throws Exception {
    JsonNode usage =
        json(
            Browser.signedIn(app.port(), RunningApp.ADMIN),
            "/api/gateway/usage?month=2026-02&by=team");

    // sonnet $0.03375 with cache reads and writes; haiku $0.00015; llama $0.002 (failed, billed).
    assertThat(usage.get("rows"))
        .extracting(
            r ->
                r.get("team").asText()
                    + " "
                    + r.get("calls").asLong()
                    + " "
                    + r.get("costUsd").decimalValue().toPlainString())
        .containsExactly("onboarding 1 0.03375", "research, \"labs\" 1 0.002", "support 2 0.00015");
    JsonNode totals = usage.get("totals");
    assertThat(totals.get("calls").asLong()).isEqualTo(4);
    assertThat(totals.get("refused").asLong()).isEqualTo(1);
    assertThat(totals.get("failed").asLong()).isEqualTo(1);
    assertThat(totals.get("cacheReadTokens").asLong()).isEqualTo(20_000);
    assertThat(totals.get("cacheWrite5mTokens").asLong()).isEqualTo(3_000);
    assertThat(totals.get("cacheWrite1hTokens").asLong()).isEqualTo(1_000);
    assertThat(totals.get("costUsd").decimalValue()).isEqualByComparingTo("0.0359");
  }

  @Test
  void theApiGroupsByKeyWithItsHintPerDay() throws Exception {
    JsonNode usage =
        json(
            Browser.signedIn(app.port(), RunningApp.ADMIN),
            "/api/gateway/usage?month=2026-02&by=key,tool&per=day");

    assertThat(usage.get("rows"))
        .extracting(
            r ->
                r.get("period").asText()
                    + " "
                    + r.get("tool").asText()
                    + " "
                    + r.get("key").asText("-")
                    + " "
                    + r.get("keyHint").asText("-"))
        .containsExactly(
            "2026-02-01 licence-reader - -",
            "2026-02-14 workspace " + supportKey.id() + " " + supportKey.hint(),
            "2026-02-20 notebook - -",
            "2026-02-28 workspace " + supportKey.id() + " " + supportKey.hint());
  }

  @Test
  void aBusyMonthAddsUpToEveryCallAndEveryDollarRecorded() throws Exception {
    JsonNode usage =
        json(
            Browser.signedIn(app.port(), RunningApp.ADMIN),
            "/api/gateway/usage?month=2026-03&by=team,tool,model&per=day");

    assertThat(usage.get("totals").get("calls").asLong()).isEqualTo(march.calls());
    assertThat(usage.get("totals").get("costUsd").decimalValue())
        .isEqualByComparingTo(march.dollars());
    BigDecimal rows = BigDecimal.ZERO;
    for (JsonNode row : usage.get("rows")) {
      rows = rows.add(row.get("costUsd").decimalValue());
    }
    assertThat(rows).isEqualByComparingTo(march.dollars());
  }

  @Test
  void theApiServesCsvAsAFileWithAHeaderRowAndQuotedFields() throws Exception {
    HttpResponse<String> csv =
        Browser.signedIn(app.port(), RunningApp.ADMIN)
            .get("/api/gateway/usage?month=2026-02&by=team&format=csv", "*/*");

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"gateway-usage-2026-02-by-team-per-month.csv\"");
    assertThat(csv.body())
        .isEqualTo(
            "period,team,calls,ok,refused,failed,input_tokens,output_tokens,cache_read_tokens,"
                + "cache_write_5m_tokens,cache_write_1h_tokens,cost_usd\r\n"
                + "2026-02,onboarding,1,1,0,0,1000,500,20000,3000,1000,0.03375\r\n"
                + "2026-02,\"research, \"\"labs\"\"\",1,0,0,1,1000,1000,0,0,0,0.002\r\n"
                + "2026-02,support,2,1,1,0,100,10,0,0,0,0.00015\r\n");
  }

  @Test
  void aMalformedRequestGetsA400ThatSaysHowToAsk() throws Exception {
    Browser admin = Browser.signedIn(app.port(), RunningApp.ADMIN);

    HttpResponse<String> month = admin.get("/api/gateway/usage?month=2026-3", "application/json");
    HttpResponse<String> by = admin.get("/api/gateway/usage?by=vendor", "application/json");
    HttpResponse<String> format = admin.get("/api/gateway/usage?format=xlsx", "application/json");

    assertThat(month.statusCode()).isEqualTo(400);
    assertThat(Http.parse(month.body()).get("detail").asText())
        .contains(
            "a month is written YYYY-MM, e.g. 2026-03; got '2026-3'", "month=2026-03&by=team,tool");
    assertThat(by.statusCode()).isEqualTo(400);
    assertThat(by.body()).contains("use one or more of key, team, tool, model, user");
    assertThat(format.statusCode()).isEqualTo(400);
    assertThat(format.body()).contains("format=json or format=csv");
  }

  @Test
  void thePageShowsTotalsChartsTablesAndExportsForAMonth() throws Exception {
    String page =
        Browser.signedIn(app.port(), RunningApp.ADMIN)
            .get("/admin/gateway/usage?month=2026-02")
            .body();

    assertThat(page)
        .contains(
            "Gateway usage, <span>February 2026</span>",
            "id=\"calls\">4<",
            "2 answered · 1 refused · 1 failed",
            "id=\"dollars\" title=\"$0.0359\">$0.04<",
            "Dollars per day in February 2026, by team",
            "Day of February 2026 (UTC)",
            "US dollars",
            "Dollars by tool, February 2026",
            "Dollars by model, February 2026",
            "Dollars by virtual key, February 2026",
            supportKey.hint() + "… · support/workspace",
            "no key (in process) · onboarding/licence-reader",
            "id=\"by-team\"",
            "id=\"by-key\"",
            "research, &quot;labs&quot;",
            "/api/gateway/usage?month=2026-02&amp;by=team&amp;per=day&amp;format=csv",
            "<option value=\"2026-02\" selected=\"selected\">February 2026</option>",
            "href=\"/admin/gateway/usage?month=2026-01\"",
            "href=\"/admin/gateway/usage?month=2026-03\"");
    assertThat(page.split("<svg", -1)).hasSize(5);
  }

  @Test
  void aMonthWithoutCallsSaysSoAndDrawsNothing() throws Exception {
    String page =
        Browser.signedIn(app.port(), RunningApp.ADMIN)
            .get("/admin/gateway/usage?month=2025-06")
            .body();

    assertThat(page).contains("No calls went through the gateway in June 2025.", "id=\"calls\">0<");
    assertThat(page).doesNotContain("<svg", "id=\"by-team\"");
  }

  @Test
  void adminsAndMlReviewSeeUsageAndNobodyElse() throws Exception {
    Browser mlReview = Browser.signedIn(app.port(), ML_REVIEW);
    Browser reviewer = Browser.signedIn(app.port(), RunningApp.REVIEWER);
    Browser anonymous = new Browser(app.port());

    assertThat(mlReview.get("/admin/gateway/usage").statusCode()).isEqualTo(200);
    assertThat(mlReview.lastPage()).contains("href=\"/admin/gateway/usage\"");
    assertThat(mlReview.get("/api/gateway/usage", "application/json").statusCode()).isEqualTo(200);
    assertThat(reviewer.get("/admin/gateway/usage").statusCode()).isEqualTo(403);
    assertThat(reviewer.get("/api/gateway/usage", "application/json").statusCode()).isEqualTo(403);
    assertThat(reviewer.get("/review").body()).doesNotContain("/admin/gateway/usage");
    assertThat(anonymous.get("/admin/gateway/usage").uri().getPath()).isEqualTo("/login");
    assertThat(anonymous.get("/api/gateway/usage", "application/json").statusCode()).isEqualTo(401);
  }

  @Test
  void thePageFitsAPhoneAndADesktopInHeadlessChromium() throws Exception {
    assertTrue(HeadlessChromium.installed(), "needs chromium and chromium-driver");
    ChromeDriver chromium = HeadlessChromium.start();
    try {
      HeadlessChromium.signIn(chromium, app.port(), RunningApp.ADMIN);
      Path shots = Files.createDirectories(Path.of("target", "screenshots"));
      for (int width : new int[] {390, 1280}) {
        chromium.manage().window().setSize(new Dimension(width, 1000));
        chromium.get("http://localhost:" + app.port() + "/admin/gateway/usage?month=2026-03");
        new WebDriverWait(chromium, Duration.ofSeconds(30))
            .until(ExpectedConditions.presenceOfElementLocated(By.id("per-day-chart")));
        long pageWidth = number(chromium, "return document.documentElement.scrollWidth");
        long viewport = number(chromium, "return document.documentElement.clientWidth");
        screenshots(chromium, shots, width);
        assertThat(pageWidth)
            .as("the page scrolls sideways at %d px", width)
            .isLessThanOrEqualTo(viewport);
        assertThat(chromium.findElement(By.id("dollars")).getText()).startsWith("$");
        assertThat(chromium.findElements(By.cssSelector(".chart svg"))).hasSize(4);
      }
    } finally {
      chromium.quit();
    }
  }

  /** The page at {@code width}: the first three screens, then the whole page in one image. */
  private static void screenshots(ChromeDriver chromium, Path dir, int width) throws Exception {
    for (int screen = 0; screen < 3; screen++) {
      chromium.executeScript("window.scrollTo(0, arguments[0])", screen * 1000);
      Files.write(
          dir.resolve("gateway-usage-" + width + "-" + (screen + 1) + ".png"),
          chromium.getScreenshotAs(OutputType.BYTES));
    }
    long height = number(chromium, "return document.documentElement.scrollHeight");
    chromium.manage().window().setSize(new Dimension(width, (int) Math.min(height + 40, 12_000)));
    Files.write(
        dir.resolve("gateway-usage-" + width + ".png"), chromium.getScreenshotAs(OutputType.BYTES));
  }

  private static long number(JavascriptExecutor js, String script) {
    return ((Number) Objects.requireNonNull(js.executeScript(script))).longValue();
  }
}
