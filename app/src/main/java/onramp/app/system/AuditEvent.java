package onramp.app.system;

import java.time.Instant;
import java.util.Map;

/**
 * One line of the audit trail: who ({@code actor}: {@code system} or a reviewer) did what ({@code
 * action}) to what ({@code subject}, e.g. {@code application:<id>}). Details hold no personal data,
 * only references and codes.
 */
public record AuditEvent(
    long id, Instant at, String actor, String action, String subject, Map<String, Object> details) {
  public AuditEvent {
    details = Map.copyOf(details);
  }
}
