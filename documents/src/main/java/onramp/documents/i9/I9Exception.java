package onramp.documents.i9;

import onramp.documents.DocumentException;

/** A Form I-9 could not be read at all. {@link #reason()} says why, the message what to do. */
public final class I9Exception extends DocumentException {
  public enum Reason {
    ENCRYPTED,
    NOT_A_PDF,
    DAMAGED,
    TOO_LARGE,
    NOT_AN_I9,
    UNREADABLE_SCAN
  }

  private final Reason reason;

  I9Exception(String document, Reason reason, String message) {
    super(document, message);
    this.reason = reason;
  }

  I9Exception(String document, Reason reason, String message, Throwable cause) {
    super(document, message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
