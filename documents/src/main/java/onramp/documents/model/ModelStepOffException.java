package onramp.documents.model;

/**
 * The model step is off for this call: refused by policy or budget, no vendor or credentials, or a
 * request the vendor rejects. Retrying the same call will not help; the application goes to a
 * person. The message reads {@code model step off: <reason>}.
 */
public final class ModelStepOffException extends ModelStepException {
  private final String reason;

  ModelStepOffException(String code, String reason, Throwable cause) {
    super(code, "model step off: " + reason, cause);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }

  @Override
  public boolean retryable() {
    return false;
  }

  /** Policy, budget or configuration said no: ours to change, not the document's. */
  @Override
  public Fault fault() {
    return Fault.SERVICE;
  }
}
