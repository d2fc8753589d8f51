package onramp.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import onramp.testsupport.Browser;
import onramp.testsupport.Http;
import onramp.testsupport.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Onramp on the machine's PostgreSQL server, in a database made for this run and dropped after it.
 */
class ExternalPostgresIT {
  private static RunningApp app;
  private static Http http;

  @BeforeAll
  static void startOnAFreshDatabase() throws Exception {
    app = RunningApp.start();
    http = Http.to(app.context());
  }

  @AfterAll
  static void stopAndDropTheDatabase() throws Exception {
    if (app != null) {
      app.close();
    }
  }

  private static JdbcClient jdbc() {
    return app.bean(JdbcClient.class);
  }

  @Test
  void flywayCreatesTheSchemaOnTheConfiguredDatabase() {
    List<String> tables =
        jdbc()
            .sql(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")
            .query(String.class)
            .list();
    Boolean migrated =
        jdbc()
            .sql("SELECT success FROM flyway_schema_history WHERE version = '1'")
            .query(Boolean.class)
            .single();

    assertThat(tables)
        .contains(
            "application",
            "decision",
            "audit_event",
            "flyway_schema_history",
            "document",
            "scheduled_tasks",
            "gateway_budget_limit",
            "gateway_audit");
    assertThat(migrated).isTrue();
    assertThat(jdbc().sql("SELECT current_database()").query(String.class).single())
        .isEqualTo(app.database().name());
  }

  @Test
  void noEmbeddedDatabaseStartsWhenOneIsConfigured() {
    assertThat(app.context().containsBean("embeddedPostgresServer")).isFalse();
    assertThat(app.bean(DatabaseSetup.class)).isInstanceOf(DatabaseSetup.External.class);
    assertThat(app.dataDir().resolve("postgres")).doesNotExist();
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
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body())
        .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .contains("LLM platform of Theoretical Ride Sharing")
        .contains("Barcode reader", "Licence-front OCR", "Model vendor")
        // A public page: on/off only, no database URL, folder or model path.
        .doesNotContain("jdbc:postgresql", app.database().name(), "no vendor configured");
  }

  @Test
  void onlyAnAdminSeesTheComponentsDetailsOnTheOperationsPage() throws Exception {
    Browser admin = new Browser(app.port());
    admin.get("/login");
    admin.post("/login", Map.of("username", RunningApp.ADMIN, "password", RunningApp.PASSWORD));
    Browser reviewer = new Browser(app.port());
    reviewer.get("/login");
    reviewer.post(
        "/login", Map.of("username", RunningApp.REVIEWER, "password", RunningApp.PASSWORD));

    String adminOps = admin.get("/ops").body();
    HttpResponse<String> reviewerOps = reviewer.get("/ops");

    assertThat(adminOps)
        .containsPattern(
            "PostgreSQL \\d+\\.\\d+, external, at jdbc:postgresql://127.0.0.1:5432/"
                + app.database().name())
        .contains("no vendor configured — model-backed steps are off");
    assertThat(reviewerOps.statusCode()).isEqualTo(200);
    assertThat(reviewerOps.body()).doesNotContain("jdbc:postgresql");
  }

  @Test
  void apiStatusListsTheSameComponentsAsJson() throws Exception {
    JsonNode components = http.json("/api/status").path("components");

    assertThat(components)
        .extracting(c -> c.path("name").asText())
        .containsExactly("Database", "Barcode reader", "Licence-front OCR", "Model vendor");
    assertThat(components.get(0).path("on").asBoolean()).isTrue();
    assertThat(components.get(1).path("on").asBoolean()).isTrue();
    assertThat(components.get(3).path("on").asBoolean()).isFalse();
  }

  @Test
  void theAuditLogStoresAndReadsEvents() {
    AuditLog audit = app.bean(AuditLog.class);
    String subject = "application:" + UUID.randomUUID();

    AuditEvent stored = audit.append("system", "DECIDED", subject, Map.of("decision", "APPROVED"));

    assertThat(audit.about(subject)).containsExactly(stored);
    assertThat(stored.details()).containsEntry("decision", "APPROVED");
  }

  @Test
  void decisionsBelongToAnApplicationAndGoWithIt() {
    UUID id = UUID.randomUUID();
    jdbc()
        .sql(
            "INSERT INTO application (id, applicant) VALUES (:id, '{\"firstName\":\"Test\"}'::jsonb)")
        .param("id", id)
        .update();
    jdbc()
        .sql(
            """
            INSERT INTO decision (application_id, decision, reasons, decided_by)
            VALUES (:id, 'NEEDS_REVIEW', '[{"code":"DL_EXPIRED"}]'::jsonb, 'system')""")
        .param("id", id)
        .update();

    jdbc().sql("DELETE FROM application WHERE id = :id").param("id", id).update();

    assertThat(
            jdbc()
                .sql("SELECT count(*) FROM decision WHERE application_id = :id")
                .param("id", id)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void theSchemaRejectsAnUnknownDecisionWithoutQuotingTheRow() {
    UUID id = UUID.randomUUID();
    jdbc()
        .sql("INSERT INTO application (id, applicant) VALUES (:id, '{}'::jsonb)")
        .param("id", id)
        .update();

    assertThatThrownBy(
            () ->
                jdbc()
                    .sql(
                        "INSERT INTO decision (application_id, decision, decided_by) VALUES (:id, 'MAYBE', 'system')")
                    .param("id", id)
                    .update())
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("decision_known")
        .hasMessageNotContaining("Failing row"); // row values stay out of messages, hence logs
  }
}
