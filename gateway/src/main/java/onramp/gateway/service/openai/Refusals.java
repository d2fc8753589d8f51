package onramp.gateway.service.openai;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Request fields the gateway cannot honour and whose absence would change what the caller gets:
 * each is refused with a 400 that says what to send instead. Fields that only tune (penalties,
 * seed, reasoning_effort, service_tier, store, prompt_cache_key, …) are ignored.
 */
final class Refusals {
  private Refusals() {}

  static void check(JsonNode request) {
    JsonNode n = request.path("n");
    if (!n.isMissingNode() && !n.isNull() && !(n.isIntegralNumber() && n.asInt() == 1)) {
      throw ChatCompletionsException.field(
          "n", "must be 1: one choice per request is supported; send several requests instead");
    }
    refuseIfPresent(request, "functions", "is deprecated and not supported; send tools");
    refuseIfPresent(request, "function_call", "is deprecated and not supported; send tool_choice");
    refuseIfPresent(request, "audio", "asks for audio output, which Anthropic models do not give");
    refuseIfPresent(request, "web_search_options", "is not supported by this endpoint");
    if (request.path("logprobs").asBoolean(false) || request.path("top_logprobs").asInt(0) > 0) {
      throw ChatCompletionsException.field(
          "logprobs", "are not available from Anthropic models; leave logprobs out");
    }
    JsonNode bias = request.path("logit_bias");
    if (bias.isObject() && !bias.isEmpty()) {
      throw ChatCompletionsException.field(
          "logit_bias", "is not supported by Anthropic models; leave it out");
    }
    for (JsonNode modality : request.path("modalities")) {
      if (!modality.asText().equals("text")) {
        throw ChatCompletionsException.field(
            "modalities", "may only be [\"text\"]; Anthropic models answer in text");
      }
    }
  }

  private static void refuseIfPresent(JsonNode request, String field, String problem) {
    if (request.hasNonNull(field)) {
      throw ChatCompletionsException.field(field, problem);
    }
  }
}
