package onramp.onboarding;

import java.util.List;
import onramp.onboarding.decision.Reason;
import onramp.onboarding.decision.Severity;

/** The decision on one application. */
public enum Outcome {
  APPROVED,
  REJECTED,
  NEEDS_REVIEW;

  /** REJECTED if any reason rejects; else NEEDS_REVIEW if any asks for review; else APPROVED. */
  public static Outcome from(List<Reason> reasons) {
    if (reasons.stream().anyMatch(r -> r.severity() == Severity.REJECT)) {
      return REJECTED;
    }
    if (reasons.stream().anyMatch(r -> r.severity() == Severity.REVIEW)) {
      return NEEDS_REVIEW;
    }
    return APPROVED;
  }
}
