package onramp.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import onramp.testsupport.FailingController;
import onramp.testsupport.Http;
import onramp.testsupport.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Every failure becomes a status and a message that says what to do, in one place (ErrorHandling).
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorHandlingIT {
  private static RunningApp app;
  private static Http http;

  @BeforeAll
  static void start() throws Exception {
    app = RunningApp.start("--spring.main.sources=" + FailingController.class.getName());
    http = Http.to(app.context());
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
    }
  }

  private static JsonNode problem(HttpResponse<String> response) throws Exception {
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    return Http.parse(response.body());
  }

  @Test
  void anUnknownPathGetsA404ThatSaysWhereToGoAsJsonOrAsAPage() throws Exception {
    HttpResponse<String> json = http.get("/no-such-page", "application/json");
    HttpResponse<String> html = http.page("/no-such-page");

    assertThat(json.statusCode()).isEqualTo(404);
    assertThat(problem(json).path("detail").asText())
        .isEqualTo(
            "There is nothing at /no-such-page. Start at / (the status page); the API is under /api/.");
    assertThat(html.statusCode()).isEqualTo(404);
    assertThat(html.body()).contains("<h1>Error 404</h1>", "Start at / (the status page)");
  }

  @Test
  void aWrongMethodGetsA405ThatNamesTheRightOne() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + http.port() + "/api/status"))
            .DELETE()
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(problem(response).path("detail").asText())
        .isEqualTo("/api/status does not take DELETE; use GET.");
  }

  @Test
  void aMalformedParameterGetsA400() throws Exception {
    HttpResponse<String> response = http.get("/test/fail/conflict?count=many", "application/json");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(problem(response).path("detail").asText())
        .isEqualTo(
            "The request cannot be used: the parameter 'count' has the wrong form. Correct it and send it again.");
  }

  @Test
  void anUnreadableDocumentGetsA422WithTheReadersAdvice() throws Exception {
    HttpResponse<String> response = http.get("/test/fail/document", "application/json");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(problem(response).path("detail").asText())
        .isEqualTo(
            "dl-back.png: no PDF417 barcode found; photograph the back of the licence in good light");
  }

  @Test
  void aResponseStatusExceptionKeepsItsStatusAndReason() throws Exception {
    HttpResponse<String> response = http.get("/test/fail/conflict", "application/json");

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(problem(response).path("detail").asText())
        .isEqualTo("the application was already decided; reload it");
  }

  @Test
  void anApplicationThatDoesNotExistGetsA404ThatSaysWhy() throws Exception {
    HttpResponse<String> response = http.get("/test/fail/no-application", "application/json");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(problem(response).path("detail").asText())
        .isEqualTo(
            "Application "
                + FailingController.NO_APPLICATION
                + " does not exist (or was deleted under the retention rule).");
  }

  @Test
  void onrampsOwnBrokenDataGetsA500WithAReferenceAndNoDetail(CapturedOutput output)
      throws Exception {
    HttpResponse<String> response = http.get("/test/fail/broken", "application/json");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(problem(response).path("detail").asText())
        .startsWith("Something went wrong on our side.");
    assertThat(response.body()).doesNotContain(FailingController.SECRET);
    assertThat(output.getAll())
        .contains("FailingController$BrokenRecord (message withheld")
        .doesNotContain(FailingController.SECRET);
  }

  @Test
  void aDatabaseFailureGetsA503AndAskToRetry(CapturedOutput output) throws Exception {
    HttpResponse<String> response = http.get("/test/fail/database", "application/json");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(problem(response).path("detail").asText())
        .startsWith("The database did not answer. Try again in a minute");
    assertThat(response.body()).doesNotContain(FailingController.SECRET);
    assertThat(output.getAll())
        .contains("DataAccessResourceFailureException")
        .doesNotContain(FailingController.SECRET);
  }

  @Test
  void aBugGetsA500WithAReferenceAndNeitherTheResponseNorTheLogQuotesTheData(CapturedOutput output)
      throws Exception {
    HttpResponse<String> response = http.get("/test/fail/bug", "application/json");

    String detail = problem(response).path("detail").asText();
    String reference = detail.replaceAll(".*report reference (\\w+) .*", "$1");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(detail)
        .matches(
            "Something went wrong on our side\\. Try again; if it keeps happening, report"
                + " reference \\w{8} to the Onramp team\\.");
    assertThat(response.body()).doesNotContain(FailingController.SECRET);
    assertThat(output.getAll())
        .contains(
            "Unexpected error, reference " + reference,
            "java.lang.IllegalStateException (message withheld")
        .doesNotContain(FailingController.SECRET);
  }
}
