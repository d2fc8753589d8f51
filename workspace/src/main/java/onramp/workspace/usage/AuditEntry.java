package onramp.workspace.usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One line of the compliance export: a model call of the workspace, or an admin's action. */
public sealed interface AuditEntry {
  Instant at();

  /**
   * A model call the gateway audited for the workspace. {@code maskedEntities} is the gateway's
   * JSON of counts per entity type; {@code prompt} is present only for PUBLIC and INTERNAL calls,
   * and only when the gateway kept it.
   */
  record ModelCall(
      Instant at,
      UUID callId,
      Caller caller,
      Optional<String> vendor,
      String model,
      Tokens tokens,
      BigDecimal costUsd,
      long latencyMs,
      int attempts,
      String outcome,
      Optional<String> errorCode,
      Optional<String> vendorRequestId,
      Optional<String> keyId,
      String maskedEntities,
      Optional<String> prompt)
      implements AuditEntry {}

  /** Who made a call, for what, with which data. */
  record Caller(String user, String team, String tool, String purpose, String dataClass) {}

  /** Tokens as the gateway metered them. */
  record Tokens(long input, long output, long cacheRead, long cacheWrite5m, long cacheWrite1h) {}

  /** An event of the app's audit trail: an admin changed retention, deleted an employee… */
  record AdminEvent(
      Instant at, String actor, String action, String subject, Map<String, Object> details)
      implements AuditEntry {
    public AdminEvent {
      details = Map.copyOf(details);
    }
  }
}
