package onramp.documents.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import onramp.gateway.ChatModel;
import onramp.gateway.CircuitOpenException;
import onramp.gateway.GatewayException;
import onramp.gateway.ModelRequest;
import onramp.gateway.ModelResponse;
import onramp.gateway.VendorException;

/**
 * One typed-output call through the gateway, with its failures sorted into the two outcomes a
 * reading step has: {@link ModelTryLaterException} for everything the gateway calls retryable (its
 * own retries are already spent), {@link ModelStepOffException} for the rest.
 */
final class ModelCalls {
  private ModelCalls() {}

  static JsonNode typedOutput(ChatModel model, ModelRequest request, Clock clock) {
    ModelResponse response;
    try {
      response = model.call(request);
    } catch (GatewayException e) {
      throw outcome(e, clock);
    }
    return response
        .output()
        .orElseThrow(
            () ->
                new ModelTryLaterException(
                    "INVALID_OUTPUT",
                    "the model answered without the typed output asked for",
                    Optional.empty(),
                    null));
  }

  static ModelStepException outcome(GatewayException e, Clock clock) {
    if (e.retryable()) {
      return new ModelTryLaterException(e.code(), reason(e), notBefore(e, clock), e);
    }
    return new ModelStepOffException(e.code(), reason(e), e);
  }

  /** The gateway's message; its code where there is none (Throwable's message may be null). */
  private static String reason(GatewayException e) {
    return Objects.requireNonNullElse(e.getMessage(), e.code());
  }

  private static Optional<Instant> notBefore(GatewayException e, Clock clock) {
    return switch (e) {
      case CircuitOpenException open -> Optional.of(open.retryAt());
      case VendorException v -> v.retryAfter().map(d -> clock.instant().plus(d));
      default -> Optional.empty();
    };
  }
}
