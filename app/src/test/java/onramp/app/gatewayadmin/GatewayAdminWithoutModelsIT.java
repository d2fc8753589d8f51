package onramp.app.gatewayadmin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import onramp.testsupport.Browser;
import onramp.testsupport.Http;
import onramp.testsupport.RunningApp;
import org.junit.jupiter.api.Test;

/** Without a gateway configuration, keys and budgets work and the page says there are no models. */
class GatewayAdminWithoutModelsIT {

  @Test
  void keysAndBudgetsWorkAndThePageSaysPlainlyThatNoModelsAreConfigured() throws Exception {
    try (RunningApp app =
        RunningApp.start(GatewayAdminIT.withMlReviewer("--onramp.gateway.config="))) {
      Browser mlReview = GatewayAdminIT.signedIn(app, GatewayAdminIT.ML_REVIEW);

      String page = mlReview.get("/admin/gateway").body();
      JsonNode models =
          Http.parse(mlReview.api("GET", "/api/gateway/admin/models", "", true).body());
      HttpResponse<String> key =
          mlReview.api(
              "POST",
              "/api/gateway/admin/keys",
              "{\"team\":\"support\",\"tool\":\"workspace\",\"models\":[\"any-model\"]}",
              true);
      HttpResponse<String> grant =
          mlReview.api(
              "POST",
              "/api/gateway/admin/exceptions",
              """
              {"status":"GRANTED","vendor":"selfhosted","model":"llama-70b","purpose":"p",
               "ticket":"MLR-9","expires":"2099-01-01"}""",
              true);
      HttpResponse<String> refusal =
          mlReview.api(
              "POST",
              "/api/gateway/admin/exceptions",
              """
              {"status":"REFUSED","vendor":"openai","model":"gpt-9","purpose":"p",
               "ticket":"MLR-10"}""",
              true);

      assertThat(page)
          .contains("id=\"no-models\"", "No models are configured", "ONRAMP_GATEWAY_CONFIG")
          .contains("id=\"keys\"", "id=\"budgets\"")
          .doesNotContain("id=\"model-table\"");
      assertThat(models.path("configured").asBoolean()).isFalse();
      assertThat(models.path("message").asText()).startsWith("No models are configured");
      assertThat(key.statusCode()).isEqualTo(201);
      assertThat(grant.statusCode()).isEqualTo(422);
      assertThat(Http.parse(grant.body()).path("detail").asText())
          .startsWith("No models are configured");
      assertThat(refusal.statusCode()).isEqualTo(201);
    }
  }
}
