package onramp.gateway;

/** Why the model stopped, in the gateway's words rather than a vendor's. */
public enum StopReason {
  END_TURN,
  MAX_TOKENS,
  STOP_SEQUENCE,
  TOOL_USE,
  REFUSAL,
  OTHER
}
