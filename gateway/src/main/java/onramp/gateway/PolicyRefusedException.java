package onramp.gateway;

/** The policy does not allow this request. Not retryable: the request or the policy must change. */
public final class PolicyRefusedException extends GatewayException {

  /** Why a request was refused. */
  public enum Reason {
    MODEL_UNKNOWN,
    MODEL_NOT_ALLOWED,
    EXCEPTION_EXPIRED,
    DATA_CLASS_NOT_COVERED,
    VENDOR_NOT_CONFIGURED
  }

  private final Reason reason;

  public PolicyRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  @Override
  public boolean retryable() {
    return false;
  }

  @Override
  public Fault fault() {
    return reason == Reason.VENDOR_NOT_CONFIGURED ? Fault.GATEWAY : Fault.CALLER;
  }

  @Override
  public String code() {
    return reason.name();
  }
}
