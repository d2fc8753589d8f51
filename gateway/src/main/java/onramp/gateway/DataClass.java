package onramp.gateway;

/**
 * How sensitive the data in a request is. A vendor's processing agreement covers some classes; the
 * gateway refuses a request whose class the vendor does not cover.
 */
public enum DataClass {
  /** Published or publishable material. */
  PUBLIC,
  /** Company-internal material without personal data of customers or drivers. */
  INTERNAL,
  /** Data about riders, drivers or applicants. */
  CUSTOMER,
  /** Identity documents, government numbers, anything under legal hold. */
  RESTRICTED;

  /**
   * Personal data in text of these classes is masked before it leaves and restored in the answer;
   * PUBLIC and INTERNAL text reaches the vendor untouched.
   */
  public boolean masksBeforeSending() {
    return this == CUSTOMER || this == RESTRICTED;
  }

  /** Prompt text of these classes is never written to the audit trail. */
  public boolean promptMayBeAudited() {
    return this == PUBLIC || this == INTERNAL;
  }
}
