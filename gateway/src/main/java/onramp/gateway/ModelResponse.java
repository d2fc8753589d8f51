package onramp.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;

/**
 * A model's answer.
 *
 * @param text the text blocks, concatenated (empty when the answer is only typed output)
 * @param output the typed output, validated against the request's schema, when one was asked for
 * @param latency wall time of the vendor call that produced this answer (last attempt)
 * @param vendorRequestId the vendor's id for the call, for support tickets
 * @param model the model id the vendor reports
 */
public record ModelResponse(
    String text,
    Optional<JsonNode> output,
    StopReason stopReason,
    Usage usage,
    Duration latency,
    String vendorRequestId,
    String model) {

  public ModelResponse withText(String newText) {
    return new ModelResponse(newText, output, stopReason, usage, latency, vendorRequestId, model);
  }

  public ModelResponse withOutput(Optional<JsonNode> newOutput) {
    return new ModelResponse(text, newOutput, stopReason, usage, latency, vendorRequestId, model);
  }
}
