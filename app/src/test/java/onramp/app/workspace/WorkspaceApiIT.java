package onramp.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import onramp.app.system.config.ReaderSettings;
import onramp.gateway.Usage;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.budget.Budgets;
import onramp.gateway.fake.FakeVendorServer;
import onramp.gateway.fake.Script;
import onramp.testsupport.HostileFiles;
import onramp.testsupport.RunningApp;
import onramp.workspace.AccessTokens;
import onramp.workspace.Employee;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The workspace API over real HTTP with a personal access token, the real app on PostgreSQL and the
 * fake vendor on loopback (Bedrock wire, the official SDK): what the vendor received, streamed
 * answers, templates with files, and every kind of bad input getting a clear error.
 */
class WorkspaceApiIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static FakeVendorServer fake;
  static RunningApp app;
  static String token;

  static final String COMPLAINT =
      "My name is Jane Roe. The driver charged me twice on card 4111 1111 1111 1111. Call"
          + " (415) 555-0134 or mail jane.roe@example.com; I live at 1200 Market Street, San"
          + " Francisco, CA 94102. My SSN 536-22-8147 was on the form.";

  @BeforeAll
  static void start() throws Exception {
    fake = FakeVendorServer.start(0);
    System.setProperty(ReaderSettings.FAKE_VENDOR_PROPERTY, fake.baseUri().toString());
    app = RunningApp.start();
    token =
        app.bean(AccessTokens.class)
            .issue(new Employee("kim", "support", false), "test", Optional.empty())
            .secret();
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      app.close();
    } finally {
      System.clearProperty(ReaderSettings.FAKE_VENDOR_PROPERTY);
      fake.close();
    }
  }

  @BeforeEach
  void clean() {
    fake.reset();
  }

  static URI uri(String path) {
    return URI.create("http://localhost:" + app.port() + path);
  }

  static HttpResponse<String> post(String path, String contentType, byte[] body, String accept)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", contentType)
            .header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> run(ObjectNode body) throws Exception {
    return post(
        "/api/workspace/runs",
        "application/json",
        JSON.writeValueAsBytes(body),
        "application/json");
  }

  static ObjectNode ask(String text, String dataClass) {
    return JSON.createObjectNode()
        .put("text", text)
        .put("dataClass", dataClass)
        .put("model", "claude-haiku-4-5");
  }

  @Test
  void theComplaintTemplateOnCustomerDataSendsNoPersonalDataAndAnswersInSections()
      throws Exception {
    ObjectNode body = JSON.createObjectNode().put("template", "rider-complaint-reply");
    body.put("model", "claude-haiku-4-5");
    ObjectNode vars = body.putObject("variables");
    JsonNode template = JSON.readTree(get("/api/workspace/templates/rider-complaint-reply").body());
    for (JsonNode v : template.path("variables")) {
      String name = v.path("name").asText();
      String value =
          switch (v.path("type").asText()) {
            case "CHOICE" -> v.path("choices").path(0).asText();
            case "DATE" -> "2026-11-30";
            default -> name.toLowerCase().contains("complaint") ? COMPLAINT : "Trip 4471, 12 km.";
          };
      if (v.path("required").asBoolean() || name.toLowerCase().contains("complaint")) {
        vars.put(name, value);
      }
    }

    HttpResponse<String> response = run(body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode run = JSON.readTree(response.body());
    assertThat(run.path("dataClass").asText()).isEqualTo("CUSTOMER");
    assertThat(run.path("status").asText()).isEqualTo("COMPLETE");
    String sent = fake.lastReceived().body();
    for (String personal :
        List.of(
            "Jane",
            "Roe",
            "4111 1111 1111 1111",
            "555-0134",
            "jane.roe@example.com",
            "1200 Market Street",
            "536-22-8147")) {
      assertThat(sent).as("the vendor never sees %s", personal).doesNotContain(personal);
    }
    assertThat(run.path("answer").asText()).contains("Jane Roe", "jane.roe@example.com");
    List<String> types = new ArrayList<>();
    run.path("masked").forEach(m -> types.add(m.path("type").asText()));
    assertThat(types).contains("PERSON", "CREDIT_CARD", "PHONE", "EMAIL", "ADDRESS", "SSN");
    assertThat(run.path("template").path("id").asText()).isEqualTo("rider-complaint-reply");
    JsonNode stored =
        JSON.readTree(
            get("/api/workspace/conversations/" + run.path("conversation").asText()).body());
    assertThat(stored.path("runs").path(0).path("template").path("name").asText())
        .isEqualTo(template.path("name").asText());
    assertThat(run.path("usage").path("costUsd").asText()).isNotEqualTo("0");
  }

  @Test
  void publicTextArrivesUntouched() throws Exception {
    HttpResponse<String> response =
        run(ask("Tighten: contact press@theoreticalrides.example or 415-555-0100.", "PUBLIC"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(fake.lastReceived().body())
        .contains("press@theoreticalrides.example", "415-555-0100");
    assertThat(JSON.readTree(response.body()).path("masked")).isEmpty();
  }

  @Test
  void answersStreamAsServerSentEvents() throws Exception {
    HttpResponse<String> response =
        post(
            "/api/workspace/runs",
            "application/json",
            JSON.writeValueAsBytes(ask("Summarise the week", "INTERNAL")),
            "text/event-stream");

    assertThat(response.headers().firstValue("content-type"))
        .get()
        .asString()
        .startsWith("text/event-stream");
    List<String> events = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    JsonNode done = JSON.missingNode();
    for (String frame : response.body().split("\n\n")) {
      String[] lines = frame.split("\n", 2);
      String name = lines[0].substring("event: ".length());
      JsonNode data = JSON.readTree(lines[1].substring("data: ".length()));
      events.add(name);
      if (name.equals("delta")) {
        text.append(data.path("text").asText());
      }
      if (name.equals("done")) {
        done = data;
      }
    }
    assertThat(events.get(0)).isEqualTo("start");
    assertThat(events).filteredOn("delta"::equals).hasSizeGreaterThan(1);
    assertThat(events.get(events.size() - 1)).isEqualTo("done");
    assertThat(done.isMissingNode()).as("a done event").isFalse();
    assertThat(text.toString()).isEqualTo(done.path("answer").asText());
  }

  @Test
  void anOutageMidStreamEndsWithAnErrorEventKeepingThePartialAnswer() throws Exception {
    fake.enqueue(
        Script.interrupted(
            Script.reply("The refund went out on Monday; expect it soon.", Usage.of(20, 20)),
            6,
            "Overloaded"));

    HttpResponse<String> response =
        post(
            "/api/workspace/runs",
            "application/json",
            JSON.writeValueAsBytes(ask("Draft a reply", "INTERNAL")),
            "text/event-stream");

    String last = response.body().strip();
    last = last.substring(last.lastIndexOf("event: "));
    assertThat(last).startsWith("event: error");
    JsonNode error = JSON.readTree(last.substring(last.indexOf("data: ") + 6));
    assertThat(error.path("status").asText()).isEqualTo("PARTIAL");
    assertThat(error.path("answer").asText()).startsWith("The r");
    UUID conversation = UUID.fromString(error.path("conversation").asText());
    JsonNode stored = JSON.readTree(get("/api/workspace/conversations/" + conversation).body());
    assertThat(stored.path("runs").path(0).path("status").asText()).isEqualTo("PARTIAL");
  }

  @Test
  void restrictedDataGoesOnlyToAVendorWhoseAgreementCoversIt() throws Exception {
    // the built-in configuration's Bedrock agreement covers PUBLIC, INTERNAL and CUSTOMER
    HttpResponse<String> response = run(ask("Passport number X1234567 for the file", "RESTRICTED"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(message(response)).contains("RESTRICTED", "agreement");
    assertThat(fake.received()).isEmpty();
    JsonNode me = JSON.readTree(get("/api/workspace/me").body());
    assertThat(me.path("models").path(0).path("dataClasses").toString())
        .doesNotContain("RESTRICTED");
  }

  @Test
  void aTeamOverItsBudgetGetsA429NamingTheBudget() throws Exception {
    app.bean(Budgets.class).setLimit(BudgetKey.team("frugal"), new BigDecimal("0.000001"));
    String frugal =
        app.bean(AccessTokens.class)
            .issue(new Employee("lee", "frugal", false), "test", Optional.empty())
            .secret();

    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(uri("/api/workspace/runs"))
                .header("Authorization", "Bearer " + frugal)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofByteArray(
                        JSON.writeValueAsBytes(ask("Hello", "INTERNAL"))))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(JSON.readTree(response.body()).path("error").path("message").asText())
        .contains("frugal");
    assertThat(fake.received()).isEmpty();
  }

  @Test
  void aPromptOverTheContextGetsAMessageAndASuggestion() throws Exception {
    HttpResponse<String> response = run(ask("lorem ipsum ".repeat(80_000), "INTERNAL"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(response.body()).path("error").path("message").asText())
        .contains("200,000", "Shorten");
    assertThat(fake.received()).isEmpty();
  }

  @Test
  void hostileFilesAreRefusedNamingTheFile() throws Exception {
    assertThat(upload("bomb.pdf", HostileFiles.pdfBomb()))
        .satisfies(r -> assertThat(r.statusCode()).isBetween(413, 422))
        .satisfies(r -> assertThat(message(r)).startsWith("bomb.pdf: "));
    assertThat(upload("letter.docx", docxZipBomb()))
        .satisfies(r -> assertThat(r.statusCode()).isEqualTo(422))
        .satisfies(r -> assertThat(message(r)).startsWith("letter.docx: ").contains("bomb"));
    byte[] exe = new byte[4096];
    exe[0] = 'M';
    exe[1] = 'Z';
    assertThat(upload("invoice.pdf", exe))
        .satisfies(r -> assertThat(r.statusCode()).isEqualTo(415))
        .satisfies(r -> assertThat(message(r)).startsWith("invoice.pdf: ").contains("PDF"));
    assertThat(fake.received()).isEmpty();
  }

  @Test
  void aTwoHundredMegabyteUploadIsRefusedBeforeItIsRead() throws Exception {
    try (Socket socket = new Socket("localhost", app.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/workspace/runs HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                  + token
                  + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: "
                  + 200L * 1024 * 1024
                  + "\r\n\r\n--x\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      assertThat(head).isEqualTo("HTTP/1.1 413");
    }
  }

  @Test
  void aBadTokenIs401AndTokensNeverReachAdministration() throws Exception {
    HttpResponse<String> bad =
        HTTP.send(
            HttpRequest.newBuilder(uri("/api/workspace/me"))
                .header("Authorization", "Bearer onr_pat_nope")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(bad.statusCode()).isEqualTo(401);
    assertThat(message(bad)).contains("users token");
    assertThat(get("/api/workspace/admin/retention").statusCode()).isEqualTo(403);
    JsonNode me = JSON.readTree(get("/api/workspace/me").body());
    assertThat(me.path("username").asText()).isEqualTo("kim");
    assertThat(me.path("team").asText()).isEqualTo("support");
    assertThat(me.path("vendor").asText()).isEqualTo("on");
    assertThat(me.path("models").findValuesAsText("id")).contains("claude-haiku-4-5");
  }

  @Test
  void historyCanBeSearchedRenamedExportedAndDeleted() throws Exception {
    JsonNode run = JSON.readTree(run(ask("Plan the depot rota for December", "INTERNAL")).body());
    String id = run.path("conversation").asText();

    assertThat(get("/api/workspace/conversations?q=depot").body()).contains(id);
    HttpResponse<String> renamed =
        HTTP.send(
            HttpRequest.newBuilder(uri("/api/workspace/conversations/" + id))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\":\"Rota\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(JSON.readTree(renamed.body()).path("title").asText()).isEqualTo("Rota");
    HttpResponse<String> md = get("/api/workspace/conversations/" + id + "/export?format=markdown");
    assertThat(md.headers().firstValue("content-disposition")).get().asString().contains("Rota.md");
    assertThat(md.body()).startsWith("# Rota").contains("Plan the depot rota");
    HttpResponse<String> deleted =
        HTTP.send(
            HttpRequest.newBuilder(uri("/api/workspace/conversations/" + id))
                .header("Authorization", "Bearer " + token)
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(get("/api/workspace/conversations/" + id).statusCode()).isEqualTo(404);
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> upload(String name, byte[] file) throws Exception {
    String boundary = "----onramp" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"run\"\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(JSON.writeValueAsBytes(ask("What does it say?", "INTERNAL")));
    body.writeBytes(
        ("\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return post(
        "/api/workspace/runs",
        "multipart/form-data; boundary=" + boundary,
        body.toByteArray(),
        "application/json");
  }

  static String message(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body()).path("error").path("message").asText();
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + r.body(), e);
    }
  }

  /** A DOCX whose document part inflates to 200 MB of spaces from a few hundred kB. */
  static byte[] docxZipBomb() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, (byte) ' ');
      for (int i = 0; i < 200; i++) {
        zip.write(block);
      }
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
