package onramp.gateway;

import org.jspecify.annotations.Nullable;

/**
 * Everything the gateway throws. Tells the caller what it can do: {@link #retryable()} says whether
 * the same request may succeed later; {@link #fault()} says whose problem it is. Messages say what
 * to do next and never contain prompt text or personal data.
 */
public abstract sealed class GatewayException extends RuntimeException
    permits PolicyRefusedException,
        BudgetExceededException,
        VendorException,
        CircuitOpenException,
        InvalidOutputException,
        GatewayConfigException {

  /** Whose problem a failure is. */
  public enum Fault {
    /** The request must change (or be approved) before it can succeed. */
    CALLER,
    /** The gateway's configuration or infrastructure (database, credentials). */
    GATEWAY,
    /** The vendor failed or answered badly. */
    VENDOR
  }

  protected GatewayException(String message) {
    super(message);
  }

  protected GatewayException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  public abstract boolean retryable();

  public abstract Fault fault();

  /** A stable code for audit and for HTTP mapping, e.g. {@code DATA_CLASS_NOT_COVERED}. */
  public abstract String code();
}
