package onramp.app.gatewayadmin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import onramp.app.system.AuditEvent;
import onramp.app.system.AuditLog;
import onramp.app.system.config.GatewayModels;
import onramp.gateway.CallMetadata;
import onramp.gateway.DataClass;
import onramp.gateway.PolicyRefusedException;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.budget.BudgetState;
import onramp.gateway.budget.Budgets;
import onramp.gateway.keys.KeyStore;
import onramp.gateway.keys.VirtualKey;
import onramp.gateway.policy.Policy;
import onramp.testsupport.Browser;
import onramp.testsupport.Http;
import onramp.testsupport.RunningApp;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway's administration over real HTTP, signed in locally as an admin ({@code alex}), an ML
 * reviewer ({@code robin}) or a reviewer ({@code dana}), with a gateway.yaml of two models:
 * claude-haiku-4-5 (allowed) and llama-70b (by exception only; one for rider-complaint-translation
 * in the file).
 */
class GatewayAdminIT {
  static final String ML_REVIEW = "robin";
  static final String GATEWAY_YAML =
      """
      vendors:
        bedrock: {kind: bedrock, region: us-east-1, dataClasses: [PUBLIC, INTERNAL, CUSTOMER, RESTRICTED]}
        selfhosted:
          kind: openai-compatible
          endpoint: http://127.0.0.1:9/v1
          apiKeyEnv: SELFHOSTED_API_KEY
          dataClasses: [PUBLIC, INTERNAL]
      models:
        claude-haiku-4-5:
          vendor: bedrock
          id: us.anthropic.claude-haiku-4-5-20251001-v1:0
          allowed: true
          price: {input: 1.00, output: 5.00}
        llama-70b:
          vendor: selfhosted
          id: llama-3.1-70b-instruct
          allowed: false
          price: {input: 0.50, output: 1.50}
      exceptions:
        - {vendor: selfhosted, model: llama-70b, purpose: rider-complaint-translation,
           approver: Dana Reviewer, ticket: MLR-142, expires: 2099-03-31}
      """;
  private static final Pattern SECRET = Pattern.compile("id=\"secret\">(onr_[A-Za-z0-9_-]{43})<");

  private static RunningApp app;
  private static Path yaml;

  @BeforeAll
  static void start() throws Exception {
    yaml = Files.createTempFile("gateway-", ".yaml");
    Files.writeString(yaml, GATEWAY_YAML);
    app = RunningApp.start(withMlReviewer("--onramp.gateway.config=" + yaml));
  }

  @AfterAll
  static void stop() throws Exception {
    app.close();
    Files.deleteIfExists(yaml);
  }

  /** The arguments that add the local ML reviewer {@code robin}. */
  static String[] withMlReviewer(String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--onramp.security.local-users[2].username=" + ML_REVIEW,
                "--onramp.security.local-users[2].password=" + RunningApp.PASSWORD,
                "--onramp.security.local-users[2].roles[0]=ML_REVIEW"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  static Browser signedIn(RunningApp app, String user) throws Exception {
    Browser browser = new Browser(app.port());
    browser.get("/login");
    // the page signed in to carries the CSRF token, as a page's script has it
    browser.post("/login", Map.of("username", user, "password", RunningApp.PASSWORD));
    return browser;
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return Http.parse(response.body());
  }

  private static boolean admits(String model, String purpose) {
    Policy policy = app.bean(GatewayModels.class).policy().orElseThrow().get();
    try {
      policy.admit(
          model,
          CallMetadata.of("support", "workspace", "u1", DataClass.INTERNAL, purpose),
          Instant.now());
      return true;
    } catch (PolicyRefusedException e) {
      return false;
    }
  }

  private static String switchState(@Nullable Object state) {
    Map<?, ?> s = (Map<?, ?>) java.util.Objects.requireNonNull(state);
    return s.get("allowed") + " (" + s.get("source") + ")";
  }

  private static List<AuditEvent> audit(String subject) {
    return app.bean(AuditLog.class).about(subject);
  }

  @Test
  void onlyAdminsAndMlReviewReachTheGatewayAdministration() throws Exception {
    Browser reviewer = signedIn(app, RunningApp.REVIEWER);
    Browser anonymous = new Browser(app.port());
    Browser mlReview = new Browser(app.port());
    mlReview.get("/login");

    HttpResponse<String> landing =
        mlReview.post("/login", Map.of("username", ML_REVIEW, "password", RunningApp.PASSWORD));

    assertThat(reviewer.get("/admin/gateway").statusCode()).isEqualTo(403);
    assertThat(reviewer.api("GET", "/api/gateway/admin/keys", "", false).statusCode())
        .isEqualTo(403);
    assertThat(reviewer.get("/review").body()).doesNotContain("href=\"/admin/gateway\"");
    assertThat(anonymous.api("GET", "/api/gateway/admin/keys", "", false).statusCode())
        .isEqualTo(401);
    assertThat(anonymous.get("/admin/gateway").uri().getPath()).isEqualTo("/login");
    assertThat(landing.uri().getPath()).isEqualTo("/admin/gateway");
    assertThat(landing.body()).contains("Gateway administration", "href=\"/admin/gateway\"");
    assertThat(landing.body()).doesNotContain("href=\"/review\"");
    assertThat(signedIn(app, RunningApp.ADMIN).get("/admin/gateway").statusCode()).isEqualTo(200);
  }

  @Test
  void aKeyCreatedThroughTheApiResolvesAndIsAuditedWithoutItsSecret() throws Exception {
    Browser admin = signedIn(app, RunningApp.ADMIN);

    HttpResponse<String> created =
        admin.api(
            "POST",
            "/api/gateway/admin/keys",
            """
            {"team":"support","tool":"workspace","user":"dana.reviewer","budgetUsd":40,
             "dataClass":"CUSTOMER","models":["claude-haiku-4-5"],"requestsPerMinute":"30",
             "expires":"2099-06-30"}""",
            true);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String secret = json(created).path("secret").asText();
    VirtualKey key = app.bean(KeyStore.class).find(secret).orElseThrow();
    assertThat(json(created).path("key").path("id").asText()).isEqualTo(key.id().toString());
    assertThat(json(created).path("key").path("state").asText()).isEqualTo("active");
    assertThat(key.grant().maxDataClass()).isEqualTo(DataClass.CUSTOMER);
    assertThat(app.bean(Budgets.class).state(BudgetKey.key(key.id().toString())))
        .map(BudgetState::limit)
        .hasValueSatisfying(l -> assertThat(l).isEqualByComparingTo("40"));
    String listed = admin.api("GET", "/api/gateway/admin/keys", "", true).body();
    assertThat(listed).contains(key.hint()).doesNotContain(secret);
    List<AuditEvent> audit = audit("gateway-key:" + key.id());
    assertThat(audit)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo(RunningApp.ADMIN);
              assertThat(e.action()).isEqualTo("GATEWAY_KEY_CREATED");
              assertThat(e.details())
                  .containsEntry("team", "support")
                  .containsEntry("hint", key.hint());
              assertThat(e.details().toString()).doesNotContain(secret);
            });

    HttpResponse<String> revoked =
        admin.api("POST", "/api/gateway/admin/keys/" + key.id() + "/revoke", "", true);
    HttpResponse<String> again =
        admin.api("POST", "/api/gateway/admin/keys/" + key.id() + "/revoke", "", true);

    assertThat(json(revoked).path("state").asText()).isEqualTo("revoked");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(json(again).path("detail").asText()).contains("already revoked");
    assertThat(app.bean(KeyStore.class).find(secret).orElseThrow().revoked()).isPresent();
    assertThat(audit("gateway-key:" + key.id()))
        .extracting(e -> e.actor() + " " + e.action() + " " + e.details().get("after"))
        .containsExactly("alex GATEWAY_KEY_CREATED null", "alex GATEWAY_KEY_REVOKED revoked");
  }

  @Test
  void aChangeWithoutTheCsrfTokenIsRefused() throws Exception {
    Browser admin = signedIn(app, RunningApp.ADMIN);
    int before = app.bean(KeyStore.class).list().size();

    HttpResponse<String> refused =
        admin.api("POST", "/api/gateway/admin/keys", "{\"team\":\"csrf\",\"tool\":\"x\"}", false);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(app.bean(KeyStore.class).list()).hasSize(before);
  }

  @Test
  void badInputIsRefusedSayingWhatToSendInstead() throws Exception {
    Browser admin = signedIn(app, RunningApp.ADMIN);

    HttpResponse<String> dataClass =
        admin.api(
            "POST",
            "/api/gateway/admin/keys",
            "{\"team\":\"support\",\"tool\":\"workspace\",\"dataClass\":\"SECRET\"}",
            true);
    HttpResponse<String> model =
        admin.api(
            "POST",
            "/api/gateway/admin/keys",
            "{\"team\":\"support\",\"tool\":\"workspace\",\"models\":[\"gpt-9\"]}",
            true);
    HttpResponse<String> date =
        admin.api(
            "POST",
            "/api/gateway/admin/exceptions",
            """
            {"status":"GRANTED","model":"llama-70b","purpose":"p","ticket":"MLR-1",
             "expires":"31/12/2099"}""",
            true);

    assertThat(dataClass.statusCode()).isEqualTo(422);
    assertThat(json(dataClass).path("detail").asText())
        .isEqualTo("Data class: 'SECRET' is not one of PUBLIC, INTERNAL, CUSTOMER, RESTRICTED.");
    assertThat(json(model).path("detail").asText())
        .contains("'gpt-9' is not configured in the gateway")
        .contains("claude-haiku-4-5");
    assertThat(json(date).path("detail").asText()).contains("Expires: '31/12/2099' is not a date");
  }

  @Test
  void mlReviewSwitchesAModelAndTheGatewaysPolicyChangesAtOnce() throws Exception {
    Browser mlReview = signedIn(app, ML_REVIEW);

    HttpResponse<String> on =
        mlReview.api(
            "PUT", "/api/gateway/admin/models/llama-70b/allowed", "{\"allowed\":true}", true);
    boolean admittedWhileOn = admits("llama-70b", "drafting");
    HttpResponse<String> reset =
        mlReview.api("DELETE", "/api/gateway/admin/models/llama-70b/allowed", "", true);
    JsonNode models = json(mlReview.api("GET", "/api/gateway/admin/models", "", true));

    assertThat(json(on).path("allowed").asBoolean()).isTrue();
    assertThat(json(on).path("switchedBy").asText()).isEqualTo(ML_REVIEW);
    assertThat(admittedWhileOn).isTrue();
    assertThat(json(reset).path("allowed").asBoolean()).isFalse();
    assertThat(admits("llama-70b", "drafting")).isFalse();
    assertThat(models.path("configured").asBoolean()).isTrue();
    assertThat(models.path("models"))
        .extracting(m -> m.path("model").asText() + " " + m.path("allowed").asBoolean())
        .containsExactly("claude-haiku-4-5 true", "llama-70b false");
    assertThat(audit("gateway-model:llama-70b"))
        .extracting(
            e ->
                e.actor()
                    + " "
                    + switchState(e.details().get("before"))
                    + " -> "
                    + switchState(e.details().get("after")))
        .containsExactly(
            "robin false (gateway.yaml) -> true (switch by robin)",
            "robin true (switch by robin) -> false (gateway.yaml)");
  }

  @Test
  void mlReviewGrantsRefusesAndRevokesExceptionsInForceAtOnce() throws Exception {
    Browser mlReview = signedIn(app, ML_REVIEW);

    JsonNode granted =
        json(
            mlReview.api(
                "POST",
                "/api/gateway/admin/exceptions",
                """
                {"status":"GRANTED","model":"llama-70b","purpose":"driver-faq-drafts",
                 "ticket":"MLR-300","expires":"2099-01-31","note":"No customer data."}""",
                true));
    boolean admittedWhileGranted = admits("llama-70b", "driver-faq-drafts");
    HttpResponse<String> refused =
        mlReview.api(
            "POST",
            "/api/gateway/admin/exceptions",
            """
            {"status":"REFUSED","vendor":"openai","model":"gpt-9","purpose":"screening",
             "ticket":"MLR-301","approver":"Robin Mlreview"}""",
            true);
    JsonNode revoked =
        json(
            mlReview.api(
                "POST",
                "/api/gateway/admin/exceptions/" + granted.path("id").asText() + "/revoke",
                "",
                true));
    JsonNode all = json(mlReview.api("GET", "/api/gateway/admin/exceptions", "", true));

    assertThat(granted.path("status").asText()).isEqualTo("GRANTED");
    assertThat(granted.path("vendor").asText()).isEqualTo("selfhosted");
    assertThat(granted.path("approver").asText()).isEqualTo(ML_REVIEW);
    assertThat(admittedWhileGranted).isTrue();
    assertThat(refused.statusCode()).isEqualTo(201);
    assertThat(revoked.path("status").asText()).isEqualTo("REVOKED");
    assertThat(revoked.path("revokedBy").asText()).isEqualTo(ML_REVIEW);
    assertThat(admits("llama-70b", "driver-faq-drafts")).isFalse();
    assertThat(admits("llama-70b", "rider-complaint-translation")).isTrue();
    assertThat(all)
        .extracting(e -> e.path("ticket").asText() + " " + e.path("status").asText())
        .contains("MLR-300 REVOKED", "MLR-301 REFUSED", "MLR-142 GRANTED");
    assertThat(audit("gateway-exception:" + granted.path("id").asText()))
        .extracting(
            e -> e.action() + " " + e.details().get("before") + " -> " + e.details().get("after"))
        .containsExactly(
            "GATEWAY_EXCEPTION_GRANTED none -> GRANTED",
            "GATEWAY_EXCEPTION_REVOKED GRANTED -> REVOKED");
  }

  @Test
  void budgetsAreListedForThisMonthAndSetWithTheirBeforeAndAfter() throws Exception {
    Browser admin = signedIn(app, RunningApp.ADMIN);

    HttpResponse<String> first =
        admin.api("PUT", "/api/gateway/admin/budgets/team/support-ops", "{\"limitUsd\":200}", true);
    HttpResponse<String> second =
        admin.api(
            "PUT",
            "/api/gateway/admin/budgets/team/support-ops",
            "{\"limitUsd\":\"250.50\"}",
            true);
    JsonNode budgets = json(admin.api("GET", "/api/gateway/admin/budgets", "", true));
    String keyWithoutBudget =
        json(admin.api(
                "POST",
                "/api/gateway/admin/keys",
                "{\"team\":\"support\",\"tool\":\"workspace\"}",
                true))
            .path("key")
            .path("id")
            .asText();
    HttpResponse<String> refused =
        admin.api(
            "PUT", "/api/gateway/admin/budgets/key/" + keyWithoutBudget, "{\"limitUsd\":5}", true);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(json(second).path("limitUsd").decimalValue()).isEqualByComparingTo("250.5");
    assertThat(budgets)
        .filteredOn(b -> b.path("name").asText().equals("support-ops"))
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.path("scope").asText()).isEqualTo("team");
              assertThat(b.path("spentUsd").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
              assertThat(b.path("period").asText()).matches("\\d{4}-\\d{2}");
            });
    assertThat(audit("gateway-budget:TEAM:support-ops"))
        .extracting(e -> e.details().get("before") + " -> " + e.details().get("after"))
        .containsExactly("none -> 200", "200 -> 250.5");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(json(refused).path("detail").asText())
        .contains("was issued without a budget of its own");
  }

  @Test
  void thePageShowsANewKeysSecretOnlyInTheAnswerToItsForm() throws Exception {
    Browser mlReview = signedIn(app, ML_REVIEW);

    HttpResponse<String> answer =
        mlReview.post(
            "/admin/gateway/keys",
            Map.of(
                "team", "page-team",
                "tool", "notebook",
                "models", "claude-haiku-4-5",
                "budgetUsd", "10",
                "dataClass", "INTERNAL"));
    Matcher secret = SECRET.matcher(answer.body());
    assertThat(secret.find()).as(answer.body()).isTrue();
    String page = mlReview.get("/admin/gateway").body();
    HttpResponse<String> badTeam =
        mlReview.post("/admin/gateway/keys", Map.of("team", "page team", "tool", "notebook"));
    HttpResponse<String> switched =
        mlReview.post("/admin/gateway/models/claude-haiku-4-5/allowed", Map.of("allowed", "off"));
    HttpResponse<String> reset =
        mlReview.post("/admin/gateway/models/claude-haiku-4-5/allowed", Map.of("allowed", "reset"));

    assertThat(answer.body()).contains("not stored and will not be shown again");
    assertThat(page)
        .contains(secret.group(1).substring(0, 12), "page-team / notebook", "$10/month")
        .doesNotContain(secret.group(1))
        .contains("id=\"model-table\"", "llama-70b", "MLR-142", "id=\"budget-table\"");
    assertThat(badTeam.uri().getPath()).isEqualTo("/admin/gateway");
    assertThat(badTeam.body()).contains("id=\"error\"", "A key&#39;s team is a short name");
    assertThat(badTeam.body()).contains("value=\"page team\"");
    assertThat(switched.body()).contains("claude-haiku-4-5 is off the allowlist.");
    assertThat(reset.body())
        .contains("claude-haiku-4-5 is on the allowlist, as gateway.yaml says.");
  }
}
