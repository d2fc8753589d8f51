package onramp.gateway;

/** The gateway's configuration or infrastructure is wrong; the message says what to fix. */
public final class GatewayConfigException extends GatewayException {

  public GatewayConfigException(String message) {
    super(message);
  }

  public GatewayConfigException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean retryable() {
    return false;
  }

  @Override
  public Fault fault() {
    return Fault.GATEWAY;
  }

  @Override
  public String code() {
    return "GATEWAY_CONFIG";
  }
}
