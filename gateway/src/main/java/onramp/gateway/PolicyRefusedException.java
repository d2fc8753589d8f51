package onramp.gateway;

/** The policy does not allow this request. Not retryable: the request or the policy must change. */
public final class PolicyRefusedException extends GatewayException {

  /** Why a request was refused. */
  public enum Reason {
    MODEL_UNKNOWN,
    MODEL_NOT_ALLOWED,
    EXCEPTION_EXPIRED,
    DATA_CLASS_NOT_COVERED,
    VENDOR_NOT_CONFIGURED,
    WIRE_NOT_SUPPORTED
  }

  private final Reason reason;

  public PolicyRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** A vendor outside the Anthropic family was asked for the Messages wire. */
  public static PolicyRefusedException wireNotSupported(Vendor vendor) {
    return new PolicyRefusedException(
        Reason.WIRE_NOT_SUPPORTED,
        vendor
            + " does not speak the Anthropic Messages API; this model can be called in process"
            + " or through /v1/chat/completions only when its vendor is Anthropic-family");
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
    return reason == Reason.VENDOR_NOT_CONFIGURED || reason == Reason.WIRE_NOT_SUPPORTED
        ? Fault.GATEWAY
        : Fault.CALLER;
  }

  @Override
  public String code() {
    return reason.name();
  }
}
