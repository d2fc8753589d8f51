package onramp.app.workspace.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import onramp.app.system.AuditEvent;
import onramp.app.system.AuditLog;
import onramp.gateway.CallMetadata;
import onramp.gateway.DataClass;
import onramp.gateway.Usage;
import onramp.gateway.audit.AuditRecord;
import onramp.gateway.audit.Outcome;
import onramp.gateway.audit.PostgresAuditLog;
import onramp.testsupport.Browser;
import onramp.testsupport.HeadlessChromium;
import onramp.testsupport.Http;
import onramp.testsupport.RunningApp;
import onramp.workspace.usage.SyntheticWorkspaceUsage;
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
 * The workspace's usage pages and admin API over real HTTP on a running Onramp, from runs written
 * into its tables: two ISO weeks of March 2026 (Mon 2 to Sun 15) and a run today.
 */
class WorkspaceAdminIT {
  private static List<Map<String, String>> parseCsv(String csv) throws IOException {
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv)) {
      return rows.readAll();
    }
  }

  private static final String MARCH = "from=2026-03-02&to=2026-03-15";
  private static final String EMPLOYEE = "ana";
  private static RunningApp app;

  @BeforeAll
  static void start() throws Exception {
    app =
        RunningApp.start(
            "--onramp.security.local-users[2].username=" + EMPLOYEE,
            "--onramp.security.local-users[2].password=" + RunningApp.PASSWORD,
            "--onramp.security.local-users[2].roles[0]=EMPLOYEE");
    DataSource db = app.bean(DataSource.class);
    // The retention sweep runs once at start-up and then hourly: the March rows are older than
    // the default retentions, so they are written after its first run, not raced against it.
    awaitFirstRetentionSweep(db);
    SyntheticWorkspaceUsage rows = new SyntheticWorkspaceUsage(db);
    rows.employee("ana", "support", "Ana Example");
    rows.employee("ben", "support", null);
    rows.employee("cy", "finance, \"east\"", "Cy Sample");
    rows.employee("dee", "research", "Dee Sample");
    rows.run("ana", "support", at("2026-03-01T23:59:59Z")).cost("100").save();
    rows.run("ana", "support", at("2026-03-02T00:00:00Z"))
        .template("reply-to-complaint")
        .dataClass("CUSTOMER")
        .tokens(1_000, 200, 5_000, 300)
        .cost("0.012345")
        .masked(Map.of("EMAIL", 1, "PERSON", 2))
        .save();
    rows.run("ana", "support", at("2026-03-04T10:00:00Z"))
        .template("reply-to-complaint")
        .dataClass("CUSTOMER")
        .cost("0.000001")
        .save();
    rows.run("ben", "support", at("2026-03-05T10:00:00Z")).template("translate").save();
    rows.run("cy", "finance, \"east\"", at("2026-03-08T23:59:59Z")).cost("1.5").save();
    rows.run("ana", "support", at("2026-03-09T00:00:00Z")).template("translate").save();
    rows.run("cy", "finance, \"east\"", at("2026-03-10T09:00:00Z")).save();
    rows.run("ana", "support", Instant.now().minusSeconds(60)).template("summarise").save();
    // dee: deleted by a test; runs in a year no other test reads.
    UUID chat = rows.conversation("dee", "research", "INTERNAL");
    rows.run("dee", "research", at("2025-06-02T10:00:00Z")).in(chat, 1).save();
    rows.run("dee", "research", at("2025-06-02T10:05:00Z")).in(chat, 2).save();
    rows.attachment(chat);
    rows.token("dee");
    PostgresAuditLog audit = PostgresAuditLog.create(db);
    audit.append(call("2026-03-02T00:00:01Z", "workspace", DataClass.CUSTOMER));
    audit.append(call("2026-03-04T10:00:01Z", "licence-reader", DataClass.RESTRICTED));
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
    }
  }

  private static void awaitFirstRetentionSweep(DataSource db) throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      try (Connection c = db.getConnection();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT last_success FROM scheduled_tasks"
                      + " WHERE task_name = 'workspace-retention'")) {
        if (rs.next() && rs.getTimestamp(1) != null) {
          return;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the workspace retention sweep did not run within 60 s of start-up");
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  private static AuditRecord call(String at, String tool, DataClass dataClass) {
    return new AuditRecord(
        UUID.randomUUID(),
        Instant.parse(at),
        CallMetadata.of("support", tool, "ana", dataClass, "workspace run"),
        Optional.of("bedrock"),
        "claude-sonnet-4-5",
        Usage.of(1_000, 200),
        new BigDecimal("0.012345"),
        Duration.ofMillis(900),
        1,
        Outcome.OK,
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        Optional.empty());
  }

  private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return Http.parse(response.body());
  }

  private static List<Map<String, String>> csv(String body) throws Exception {
    return parseCsv(body);
  }

  @Test
  void anEmployeeSeesTheirOwnRunsPerWeekAndByTemplateAndNobodyElses() throws Exception {
    JsonNode me =
        json(
            Browser.signedIn(app.port(), EMPLOYEE)
                .get("/api/workspace/usage/me?" + MARCH, "application/json"),
            200);

    assertThat(me.get("username").asText()).isEqualTo("ana");
    assertThat(me.get("totals").get("runs").asLong()).isEqualTo(3);
    assertThat(me.get("totals").get("costUsd").decimalValue()).isEqualByComparingTo("0.012796");
    assertThat(me.get("totals").get("costUsd").toString()).isEqualTo("0.012796");
    assertThat(me.get("perWeek"))
        .extracting(w -> w.get("week").asText() + " " + w.get("runs").asLong())
        .containsExactly("2026-W10 2", "2026-W11 1");
    assertThat(me.get("byTemplate"))
        .extracting(t -> t.get("template").asText() + " " + t.get("runs").asLong())
        .containsExactly("reply-to-complaint 2", "translate 1");
    assertThat(me.get("masked").get("PERSON").asLong()).isEqualTo(2);
  }

  @Test
  void ownUsageDefaultsToTheLastTwelveWeeksEndingToday() throws Exception {
    JsonNode me =
        json(
            Browser.signedIn(app.port(), EMPLOYEE)
                .get("/api/workspace/usage/me", "application/json"),
            200);

    assertThat(me.get("to").asText())
        .isEqualTo(LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC).toString());
    assertThat(me.get("perWeek")).hasSize(12);
    assertThat(me.get("byTemplate").get(0).get("template").asText()).isEqualTo("summarise");
  }

  @Test
  void theOwnUsagePageShowsFiguresChartsAndTables() throws Exception {
    String page = Browser.signedIn(app.port(), EMPLOYEE).get("/workspace/usage?" + MARCH).body();

    assertThat(page)
        .contains(
            "Your workspace usage, <span>2 Mar 2026 – 15 Mar 2026</span>",
            "id=\"runs\">3<",
            "2 customer · 0 restricted",
            "Your dollars per week",
            "ISO week (Monday to Sunday, UTC)",
            "US dollars",
            "Your runs by template",
            "2 PERSON · 1 EMAIL masked");
    assertThat(page.split("<svg", -1)).hasSize(3);
  }

  @Test
  void adminUsageByTeamIsExactAndCarriesTotals() throws Exception {
    JsonNode usage =
        json(
            Browser.signedIn(app.port(), RunningApp.ADMIN)
                .get("/api/workspace/admin/usage?by=team&" + MARCH, "application/json"),
            200);

    assertThat(usage.get("rows"))
        .extracting(
            r ->
                r.get("team").asText()
                    + " "
                    + r.get("runs").asLong()
                    + " "
                    + r.get("activeUsers").asLong()
                    + " "
                    + r.get("costUsd").decimalValue().toPlainString())
        .containsExactly("finance, \"east\" 2 1 1.50045", "support 4 2 0.013246");
    assertThat(usage.get("totals").get("runs").asLong()).isEqualTo(6);
    assertThat(usage.get("totals").get("costUsd").decimalValue()).isEqualByComparingTo("1.513696");
  }

  @Test
  void adminUsagePerWeekByTeamComesAsACsvFile() throws Exception {
    HttpResponse<String> csv =
        Browser.signedIn(app.port(), RunningApp.ADMIN)
            .get("/api/workspace/admin/usage?by=team&per=week&format=csv&" + MARCH, "*/*");

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValue(
            "attachment;"
                + " filename=\"workspace-usage-by-team-per-week-2026-03-02-to-2026-03-15.csv\"");
    assertThat(csv.body())
        .isEqualTo(
            "week,week_start,team,runs,active_users,customer_runs,restricted_runs,input_tokens,"
                + "output_tokens,cache_read_tokens,cache_write_tokens,cost_usd\r\n"
                + "2026-W10,2026-03-02,\"finance, \"\"east\"\"\",1,1,0,0,100,10,0,0,1.5\r\n"
                + "2026-W10,2026-03-02,support,3,2,2,0,1200,220,5000,300,0.012796\r\n"
                + "2026-W11,2026-03-09,\"finance, \"\"east\"\"\",1,1,0,0,100,10,0,0,0.00045\r\n"
                + "2026-W11,2026-03-09,support,1,1,0,0,100,10,0,0,0.00045\r\n");
  }

  @Test
  void malformedRequestsGetA400InTheWorkspaceErrorShape() throws Exception {
    Browser admin = Browser.signedIn(app.port(), RunningApp.ADMIN);

    JsonNode by = json(admin.get("/api/workspace/admin/usage?by=vendor", "application/json"), 400);
    JsonNode day =
        json(admin.get("/api/workspace/admin/usage?from=2026-3-1&to=2026-03-15", "*/*"), 400);
    JsonNode half = json(admin.get("/api/workspace/usage/me?from=2026-03-01", "*/*"), 400);
    JsonNode format = json(admin.get("/api/workspace/admin/audit?format=xlsx", "*/*"), 400);

    assertThat(by.get("error").get("type").asText()).isEqualTo("invalid_request_error");
    assertThat(by.get("error").get("message").asText())
        .isEqualTo("usage is grouped by=user|team|template|model, not 'vendor'");
    assertThat(day.get("error").get("message").asText())
        .isEqualTo("from is a day written YYYY-MM-DD, e.g. 2026-03-02; got '2026-3-1'");
    assertThat(half.get("error").get("message").asText()).startsWith("give both days");
    assertThat(format.get("error").get("message").asText()).contains("format=csv or format=jsonl");
  }

  @Test
  void onlyAdminsReachTheAdminPageAndApiAndOnlySignedInPeopleTheirOwn() throws Exception {
    Browser employee = Browser.signedIn(app.port(), EMPLOYEE);
    Browser anonymous = new Browser(app.port());

    assertThat(employee.get("/workspace/admin").statusCode()).isEqualTo(403);
    assertThat(employee.get("/api/workspace/admin/usage", "application/json").statusCode())
        .isEqualTo(403);
    assertThat(employee.get("/api/workspace/admin/audit", "*/*").statusCode()).isEqualTo(403);
    assertThat(employee.get("/workspace/usage").statusCode()).isEqualTo(200);
    assertThat(anonymous.get("/api/workspace/usage/me", "application/json").statusCode())
        .isEqualTo(401);
    assertThat(anonymous.get("/workspace/usage").uri().getPath()).isEqualTo("/login");
  }

  @Test
  void anAdminSetsRetentionThroughTheApiAndTheAuditTrailSaysWho() throws Exception {
    Browser admin = Browser.signedIn(app.port(), RunningApp.ADMIN);
    admin.get("/workspace/admin");

    JsonNode after =
        json(
            admin.api(
                "PUT",
                "/api/workspace/admin/retention",
                "{\"retention\":[{\"dataClass\":\"customer\",\"days\":14}]}",
                true),
            200);
    JsonNode refused =
        json(
            admin.api(
                "PUT",
                "/api/workspace/admin/retention",
                "{\"retention\":[{\"dataClass\":\"CUSTOMER\",\"days\":0}]}",
                true),
            400);
    JsonNode unknown =
        json(
            admin.api(
                "PUT",
                "/api/workspace/admin/retention",
                "{\"retention\":[{\"dataClass\":\"SECRET\",\"days\":5}]}",
                true),
            400);
    JsonNode now = json(admin.get("/api/workspace/admin/retention", "application/json"), 200);

    assertThat(after.get("retention").get(2).get("dataClass").asText()).isEqualTo("CUSTOMER");
    assertThat(after.get("retention").get(2).get("days").asInt()).isEqualTo(14);
    assertThat(after.get("retention").get(2).get("updatedBy").asText()).isEqualTo("alex");
    // No limit: "days" is left out, as every null in the app's JSON.
    assertThat(after.get("retention").get(0).has("days")).isFalse();
    assertThat(refused.get("error").get("message").asText())
        .contains("retention of CUSTOMER conversations must be from 1 to 3650 days");
    assertThat(unknown.get("error").get("message").asText())
        .isEqualTo("dataClass is one of PUBLIC, INTERNAL, CUSTOMER, RESTRICTED; got 'SECRET'");
    assertThat(now.get("retention").get(2).get("days").asInt()).isEqualTo(14);
    List<AuditEvent> trail = app.bean(AuditLog.class).about("workspace:retention:CUSTOMER");
    assertThat(trail).hasSize(1);
    assertThat(trail.getFirst().actor()).isEqualTo("alex");
    assertThat(trail.getFirst().details()).containsEntry("before", 30).containsEntry("after", 14);
  }

  @Test
  void aPutWithoutTheCsrfTokenChangesNothing() throws Exception {
    Browser admin = Browser.signedIn(app.port(), RunningApp.ADMIN);
    admin.get("/workspace/admin");

    HttpResponse<String> put =
        admin.api(
            "PUT",
            "/api/workspace/admin/retention",
            "{\"retention\":[{\"dataClass\":\"PUBLIC\",\"days\":1}]}",
            false);

    assertThat(put.statusCode()).isEqualTo(403);
    assertThat(
            json(admin.get("/api/workspace/admin/retention", "application/json"), 200)
                .get("retention")
                .get(0)
                .has("days"))
        .isFalse();
  }

  @Test
  void theRetentionFormSavesAndExplainsWhatIsWrong() throws Exception {
    Browser admin = Browser.signedIn(app.port(), RunningApp.ADMIN);
    admin.get("/workspace/admin");

    String saved = admin.post("/workspace/admin/retention", Map.of("days.RESTRICTED", "3")).body();
    String wrong =
        admin.post("/workspace/admin/retention", Map.of("days.INTERNAL", "a year")).body();

    assertThat(saved).contains("id=\"retention-saved\"", "Saved: 1 data class(es) changed.");
    assertThat(saved).containsPattern("id=\"days-RESTRICTED\"[^>]*value=\"3\"");
    assertThat(wrong)
        .contains(
            "Nothing was saved: retention of INTERNAL conversations is a whole number of days");
    assertThat(app.bean(AuditLog.class).about("workspace:retention:RESTRICTED")).hasSize(1);
  }

  @Test
  void deletingAnEmployeeDeletesTheirHistoryAndIsAudited() throws Exception {
    Browser admin = Browser.signedIn(app.port(), RunningApp.ADMIN);
    admin.get("/workspace/admin");

    JsonNode deleted =
        json(admin.api("DELETE", "/api/workspace/admin/employees/dee", "", true), 200);
    JsonNode again = json(admin.api("DELETE", "/api/workspace/admin/employees/dee", "", true), 404);

    assertThat(deleted.get("deleted").toString())
        .isEqualTo(
            "{\"username\":\"dee\",\"team\":\"research\",\"conversations\":1,\"runs\":2,"
                + "\"attachments\":1,\"tokens\":1}");
    assertThat(again.get("error").get("type").asText()).isEqualTo("not_found_error");
    assertThat(again.get("error").get("message").asText())
        .startsWith("There is no workspace employee 'dee'");
    assertThat(
            json(
                    admin.get(
                        "/api/workspace/admin/usage?by=user&from=2025-06-01&to=2025-06-30",
                        "application/json"),
                    200)
                .get("rows"))
        .isEmpty();
    List<AuditEvent> trail = app.bean(AuditLog.class).about("workspace:employee:dee");
    assertThat(trail)
        .extracting(AuditEvent::actor, AuditEvent::action)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("alex", "workspace.employee.deleted"));
    assertThat(trail.getFirst().details()).containsEntry("runs", 2);
  }

  @Test
  void theAuditExportHoldsTheWorkspacesCallsAndAdminEventsInTimeOrder() throws Exception {
    Browser admin = Browser.signedIn(app.port(), RunningApp.ADMIN);
    String today = LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC).toString();
    admin.get("/workspace/admin");
    admin.api(
        "PUT",
        "/api/workspace/admin/retention",
        "{\"retention\":[{\"dataClass\":\"INTERNAL\",\"days\":200}]}",
        true);

    HttpResponse<String> march =
        admin.get("/api/workspace/admin/audit?from=2026-03-01&to=2026-03-31&format=csv", "*/*");
    HttpResponse<String> lines =
        admin.get(
            "/api/workspace/admin/audit?from=" + today + "&to=" + today + "&format=jsonl", "*/*");

    assertThat(march.statusCode()).isEqualTo(200);
    assertThat(march.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"workspace-audit-2026-03-01-to-2026-03-31.csv\"");
    assertThat(csv(march.body()))
        .extracting(r -> r.get("kind") + " " + r.get("tool") + " " + r.get("data_class"))
        .containsExactly("model_call workspace CUSTOMER");
    assertThat(lines.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/x-ndjson"));
    List<JsonNode> events =
        lines
            .body()
            .lines()
            .map(
                l -> {
                  try {
                    return Http.parse(l);
                  } catch (java.io.IOException e) {
                    throw new AssertionError(l, e);
                  }
                })
            .toList();
    assertThat(events)
        .extracting(e -> e.get("action").asText())
        .contains("workspace.retention.changed", "workspace.audit.exported");
    assertThat(events).extracting(e -> Instant.parse(e.get("at").asText())).isSorted();
  }

  @Test
  void theAdminPageShowsFiguresChartsTablesAndExports() throws Exception {
    String page =
        Browser.signedIn(app.port(), RunningApp.ADMIN).get("/workspace/admin?" + MARCH).body();

    assertThat(page)
        .contains(
            "Workspace usage, <span>2 Mar 2026 – 15 Mar 2026</span>",
            "id=\"runs\">6<",
            "id=\"people\">3<",
            "id=\"dollars\" title=\"$1.513696\">$1.51<",
            "Dollars per week, by team",
            "Weekly active people, by team",
            "People with a run",
            "Runs by template",
            "ISO week (Monday to Sunday, UTC)",
            "id=\"by-team\"",
            "id=\"by-user\"",
            "Ana Example",
            "finance, &quot;east&quot;",
            "/api/workspace/admin/usage?from=2026-03-02&amp;to=2026-03-15&amp;format=csv&amp;by=team",
            "/api/workspace/admin/audit?from=2026-03-02&amp;to=2026-03-15&amp;format=jsonl",
            "id=\"days-CUSTOMER\"");
    assertThat(page.split("<svg", -1)).hasSize(4);
  }

  @Test
  void theAdminPageFitsAPhoneAndADesktopInHeadlessChromium() throws Exception {
    assertTrue(HeadlessChromium.installed(), "needs chromium and chromium-driver");
    ChromeDriver chromium = HeadlessChromium.start();
    try {
      HeadlessChromium.signIn(chromium, app.port(), RunningApp.ADMIN);
      Path shots = Files.createDirectories(Path.of("target", "screenshots"));
      for (int width : new int[] {390, 1280}) {
        chromium.manage().window().setSize(new Dimension(width, 1000));
        chromium.get("http://localhost:" + app.port() + "/workspace/admin?" + MARCH);
        new WebDriverWait(chromium, Duration.ofSeconds(30))
            .until(ExpectedConditions.presenceOfElementLocated(By.id("dollars-chart")));
        long pageWidth = number(chromium, "return document.documentElement.scrollWidth");
        long viewport = number(chromium, "return document.documentElement.clientWidth");
        screenshot(chromium, shots.resolve("workspace-admin-" + width + ".png"), width);
        assertThat(pageWidth)
            .as("the page scrolls sideways at %d px", width)
            .isLessThanOrEqualTo(viewport);
        assertThat(chromium.findElements(By.cssSelector(".chart svg"))).hasSize(3);
        assertThat(chromium.findElement(By.id("save-retention")).isDisplayed()).isTrue();
      }
    } finally {
      chromium.quit();
    }
  }

  /** The first three screens, then the whole page in one image. */
  private static void screenshot(ChromeDriver chromium, Path file, int width) throws Exception {
    String name = file.getFileName().toString().replace(".png", "");
    for (int screen = 0; screen < 3; screen++) {
      chromium.executeScript("window.scrollTo(0, arguments[0])", screen * 1000);
      Files.write(
          file.resolveSibling(name + "-" + (screen + 1) + ".png"),
          chromium.getScreenshotAs(OutputType.BYTES));
    }
    long height = number(chromium, "return document.documentElement.scrollHeight");
    chromium.manage().window().setSize(new Dimension(width, (int) Math.min(height + 40, 12_000)));
    Files.write(file, chromium.getScreenshotAs(OutputType.BYTES));
    chromium.manage().window().setSize(new Dimension(width, 1000));
  }

  private static long number(JavascriptExecutor js, String script) {
    return ((Number) Objects.requireNonNull(js.executeScript(script))).longValue();
  }
}
