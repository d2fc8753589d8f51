package onramp.onboarding.decision;

/** How a reason weighs on the decision. */
public enum Severity {
  /** Decides a rejection on its own. */
  REJECT,
  /** A person must look; never approve automatically. */
  REVIEW,
  /** Worth knowing; does not change the outcome. */
  INFO
}
