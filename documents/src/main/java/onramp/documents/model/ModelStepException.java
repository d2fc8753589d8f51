package onramp.documents.model;

import onramp.documents.DocumentsException;
import org.jspecify.annotations.Nullable;

/**
 * A model-backed reading step did not produce a reading. Two cases, and the caller must tell them
 * apart: {@link ModelTryLaterException} (the vendor is down or busy: run the job again later) and
 * {@link ModelStepOffException} (policy, budget or configuration says no: send the application to a
 * person). Messages never contain document content.
 */
public abstract sealed class ModelStepException extends DocumentsException
    permits ModelTryLaterException, ModelStepOffException {
  private final String code;

  ModelStepException(String code, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /**
   * The gateway's stable failure code, e.g. {@code VENDOR_OVERLOADED} or {@code BUDGET_EXCEEDED}.
   */
  public String code() {
    return code;
  }
}
