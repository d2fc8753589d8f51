package onramp.gateway.audit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import onramp.gateway.CallMetadata;
import onramp.gateway.Usage;
import onramp.gateway.masking.EntityType;

/**
 * One call in the audit trail.
 *
 * @param vendor empty when the call was refused before a route was chosen
 * @param model the gateway model name asked for
 * @param attempts how many times the vendor was called (0 when refused)
 * @param errorCode the {@code GatewayException.code()} of a refused or failed call
 * @param maskedEntities how many entities of each type were masked (counts only, never values)
 * @param prompt the masked prompt, only for PUBLIC and INTERNAL data
 */
public record AuditRecord(
    UUID callId,
    Instant at,
    CallMetadata caller,
    Optional<String> vendor,
    String model,
    Usage usage,
    BigDecimal cost,
    Duration latency,
    int attempts,
    Outcome outcome,
    Optional<String> errorCode,
    Optional<String> vendorRequestId,
    Map<EntityType, Integer> maskedEntities,
    Optional<String> prompt,
    boolean costEstimated) {

  /** A record whose cost is exact (metered from the usage the vendor reported). */
  public AuditRecord(
      UUID callId,
      Instant at,
      CallMetadata caller,
      Optional<String> vendor,
      String model,
      Usage usage,
      BigDecimal cost,
      Duration latency,
      int attempts,
      Outcome outcome,
      Optional<String> errorCode,
      Optional<String> vendorRequestId,
      Map<EntityType, Integer> maskedEntities,
      Optional<String> prompt) {
    this(
        callId,
        at,
        caller,
        vendor,
        model,
        usage,
        cost,
        latency,
        attempts,
        outcome,
        errorCode,
        vendorRequestId,
        maskedEntities,
        prompt,
        false);
  }

  public AuditRecord {
    maskedEntities = Map.copyOf(maskedEntities);
    if (prompt.isPresent() && !caller.dataClass().promptMayBeAudited()) {
      throw new IllegalArgumentException(
          "prompt text of " + caller.dataClass() + " data must never be audited");
    }
  }
}
