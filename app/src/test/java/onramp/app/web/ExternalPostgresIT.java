package onramp.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import onramp.app.persistence.AuditEvent;
import onramp.app.persistence.AuditLog;
import onramp.app.persistence.DatabaseSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Onramp on the PostgreSQL server of the machine (127.0.0.1:5432, trust auth), in a database made
 * for this run and dropped after it. Set ONRAMP_IT_ADMIN_URL to use another server.
 */
class ExternalPostgresIT {
  private static final String ADMIN_URL =
      System.getenv().getOrDefault("ONRAMP_IT_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String DATABASE = "onramp_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  @TempDir static Path dataDir;
  private static ConfigurableApplicationContext app;
  private static Http http;

  @BeforeAll
  static void startOnAFreshDatabase() throws SQLException {
    admin("CREATE DATABASE " + DATABASE);
    String url = ADMIN_URL.replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
    app = OnrampApplication.start(0, dataDir,
        "--spring.datasource.url=" + url, "--spring.datasource.username=postgres");
    http = Http.to(app);
  }

  @AfterAll
  static void stopAndDropTheDatabase() throws SQLException {
    if (app != null) {
      app.close();
    }
    admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
  }

  private static void admin(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static JdbcClient jdbc() {
    return app.getBean(JdbcClient.class);
  }

  @Test
  void flywayCreatesTheSchemaOnTheConfiguredDatabase() {
    List<String> tables = jdbc()
        .sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")
        .query(String.class).list();
    Boolean migrated = jdbc()
        .sql("SELECT success FROM flyway_schema_history WHERE version = '1'").query(Boolean.class).single();

    assertThat(tables).contains("application", "decision", "audit_event", "flyway_schema_history");
    assertThat(migrated).isTrue();
    assertThat(jdbc().sql("SELECT current_database()").query(String.class).single()).isEqualTo(DATABASE);
  }

  @Test
  void noEmbeddedDatabaseStartsWhenOneIsConfigured() {
    assertThat(app.containsBean("embeddedPostgresServer")).isFalse();
    assertThat(app.getBean(DatabaseSetup.class)).isInstanceOf(DatabaseSetup.External.class);
    assertThat(dataDir.resolve("postgres")).doesNotExist();
  }

  @Test
  void healthIsUpAndIncludesTheDatabase() throws Exception {
    JsonNode health = http.json("/actuator/health");

    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
  }

  @Test
  void theHomePageSaysWhatOnrampIsAndWhichComponentsAreOn() throws Exception {
    HttpResponse<String> page = http.page("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body())
        .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .contains("LLM platform of Theoretical Ride Sharing")
        .contains("Database", "PostgreSQL 15", "external, at jdbc:postgresql://127.0.0.1:5432/" + DATABASE)
        .contains("Barcode reader", "Licence-front OCR", "Model vendor")
        .contains("no vendor configured — model-backed steps are off");
  }

  @Test
  void apiStatusListsTheSameComponentsAsJson() throws Exception {
    JsonNode components = http.json("/api/status").path("components");

    assertThat(components).extracting(c -> c.path("name").asText())
        .containsExactly("Database", "Barcode reader", "Licence-front OCR", "Model vendor");
    assertThat(components.get(0).path("on").asBoolean()).isTrue();
    assertThat(components.get(1).path("on").asBoolean()).isTrue();
    assertThat(components.get(3).path("on").asBoolean()).isFalse();
  }

  @Test
  void anUnknownPathGetsA404ThatSaysWhereToGo() throws Exception {
    HttpResponse<String> json = http.get("/no-such-page", "application/json");
    HttpResponse<String> html = http.page("/no-such-page");

    assertThat(json.statusCode()).isEqualTo(404);
    assertThat(json.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(Http.parse(json.body()).path("detail").asText())
        .isEqualTo("There is nothing at /no-such-page. Start at / (the status page); the API is under /api/.");
    assertThat(html.statusCode()).isEqualTo(404);
    assertThat(html.body()).contains("<h1>Error 404</h1>", "Start at /");
  }

  @Test
  void aWrongMethodGetsA405ThatNamesTheRightOne() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + http.port() + "/api/status")).DELETE().build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(Http.parse(response.body()).path("detail").asText())
        .isEqualTo("/api/status does not take DELETE; use GET.");
  }

  @Test
  void theAuditLogStoresAndReadsEvents() {
    AuditLog audit = app.getBean(AuditLog.class);
    String subject = "application:" + UUID.randomUUID();

    AuditEvent stored = audit.append("system", "DECIDED", subject, Map.of("decision", "APPROVED"));

    assertThat(audit.about(subject)).containsExactly(stored);
    assertThat(stored.details()).containsEntry("decision", "APPROVED");
  }

  @Test
  void decisionsBelongToAnApplicationAndGoWithIt() {
    UUID id = UUID.randomUUID();
    jdbc().sql("INSERT INTO application (id, applicant) VALUES (:id, '{\"firstName\":\"Test\"}'::jsonb)")
        .param("id", id).update();
    jdbc().sql("""
            INSERT INTO decision (application_id, decision, reasons, decided_by)
            VALUES (:id, 'NEEDS_REVIEW', '[{"code":"DL_EXPIRED"}]'::jsonb, 'system')""")
        .param("id", id).update();

    jdbc().sql("DELETE FROM application WHERE id = :id").param("id", id).update();

    assertThat(jdbc().sql("SELECT count(*) FROM decision WHERE application_id = :id")
        .param("id", id).query(Long.class).single()).isZero();
  }

  @Test
  void theSchemaRejectsAnUnknownDecisionWithoutQuotingTheRow() {
    UUID id = UUID.randomUUID();
    jdbc().sql("INSERT INTO application (id, applicant) VALUES (:id, '{}'::jsonb)").param("id", id).update();

    assertThatThrownBy(() -> jdbc()
            .sql("INSERT INTO decision (application_id, decision, decided_by) VALUES (:id, 'MAYBE', 'system')")
            .param("id", id).update())
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("decision_known")
        .hasMessageNotContaining("Failing row"); // row values stay out of messages, hence logs
  }
}
