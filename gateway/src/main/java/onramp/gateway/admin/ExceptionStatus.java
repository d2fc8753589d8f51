package onramp.gateway.admin;

/**
 * Where a reviewed exception stands. Stored by name ({@code gateway_policy_exception.status}, whose
 * CHECK admits exactly these).
 */
public enum ExceptionStatus {
  /** ML review allowed it until its expiry. */
  GRANTED,
  /** ML review said no; kept so the answer can be found again. */
  REFUSED,
  /** It was granted, then withdrawn before its expiry. */
  REVOKED
}
