package onramp.app.apply;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.onboarding.Outcome;
import onramp.onboarding.decision.Severity;

/**
 * One stored decision, opened: the system's (with the reasons and the fields it read) or a
 * reviewer's (with the note, and the system decision it reviewed).
 */
public record DecisionRecord(
    long id,
    int round,
    Outcome decision,
    List<ReasonLine> reasons,
    Map<String, Object> fields,
    String decidedBy,
    Instant decidedAt,
    Optional<String> note,
    Optional<Long> elapsedMs) {

  public boolean bySystem() {
    return "system".equals(decidedBy);
  }

  /** A reason as stored: code, severity, message, document and field. */
  public record ReasonLine(
      String code, Severity severity, String message, String document, Optional<String> field) {
    public boolean rejects() {
      return severity == Severity.REJECT;
    }

    public boolean asksForReview() {
      return severity == Severity.REVIEW;
    }
  }
}
