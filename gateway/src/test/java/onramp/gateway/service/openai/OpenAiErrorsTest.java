package onramp.gateway.service.openai;

import static onramp.gateway.service.openai.Payloads.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenAiErrorsTest {

  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @CsvSource(
      nullValues = "null",
      value = {
        "400, invalid_request_error, null",
        "401, invalid_request_error, invalid_api_key",
        "403, permission_error, null",
        "404, not_found_error, null",
        "413, invalid_request_error, request_too_large",
        "422, invalid_request_error, null",
        "429, rate_limit_exceeded, rate_limit_exceeded",
        "500, server_error, null",
        "502, server_error, null",
        "503, server_error, overloaded",
        "529, server_error, overloaded"
      })
  void namesTypeAndCodeByStatus(int status, String type, String code) {
    JsonNode body = OpenAiErrors.of(status, "Try again later.");

    assertThat(body)
        .isEqualTo(
            json(
                "{\"error\":{\"message\":\"Try again later.\",\"type\":\""
                    + type
                    + "\",\"param\":null,\"code\":"
                    + (code == null ? "null" : "\"" + code + "\"")
                    + "}}"));
  }

  @Test
  void saysQuotaForAnExhaustedBudget() {
    JsonNode error =
        OpenAiErrors.quotaExceeded("The team's monthly budget is spent.").path("error");

    assertThat(error.path("type").asText()).isEqualTo("insufficient_quota");
    assertThat(error.path("code").asText()).isEqualTo("insufficient_quota");
  }

  @Test
  void namesTheFieldOfATranslationError() {
    assertThatThrownBy(
            () ->
                ChatCompletions.toMessages(
                    json(
                        "{\"model\":\"m\",\"n\":3,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")))
        .isInstanceOfSatisfying(
            ChatCompletionsException.class,
            e -> {
              JsonNode error = OpenAiErrors.of(e).path("error");
              assertThat(error.path("type").asText()).isEqualTo("invalid_request_error");
              assertThat(error.path("param").asText()).isEqualTo("n");
              assertThat(error.path("message").asText()).startsWith("n must be 1");
            });
  }

  @ParameterizedTest(name = "Anthropic {0} -> {1}")
  @CsvSource({
    "invalid_request_error, 400",
    "authentication_error, 401",
    "permission_error, 403",
    "not_found_error, 404",
    "request_too_large, 413",
    "rate_limit_error, 429",
    "api_error, 500",
    "overloaded_error, 529"
  })
  void readsTheStatusOfAnAnthropicError(String anthropicType, int status) {
    JsonNode anthropic =
        json(
            "{\"type\":\"error\",\"error\":{\"type\":\""
                + anthropicType
                + "\",\"message\":\"Something.\"}}");

    assertThat(OpenAiErrors.status(anthropic)).isEqualTo(status);
    assertThat(OpenAiErrors.fromAnthropic(anthropic))
        .isEqualTo(OpenAiErrors.of(status, "Something."));
  }
}
