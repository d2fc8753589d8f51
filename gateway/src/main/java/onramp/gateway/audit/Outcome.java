package onramp.gateway.audit;

/** How a call ended. */
public enum Outcome {
  /** The vendor answered and the answer was returned. */
  OK,
  /** Policy or budget refused it before anything was sent. */
  REFUSED,
  /** It was sent (perhaps several times) and failed. */
  FAILED
}
