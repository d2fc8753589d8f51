package onramp.onboarding.i9;

import onramp.onboarding.decision.Reason;
import onramp.onboarding.decision.ReasonCode;

/** Reasons about the Form I-9 carry document "I9". */
final class I9Reasons {
  private I9Reasons() {}

  static Reason of(ReasonCode code, String field, String message) {
    return Reason.of(code, field, message).onDocument("I9");
  }
}
