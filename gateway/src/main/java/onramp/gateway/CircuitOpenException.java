package onramp.gateway;

import java.time.Instant;

/** The vendor failed repeatedly; the gateway does not call it until {@link #retryAt()}. */
public final class CircuitOpenException extends GatewayException {
  private final Instant retryAt;

  public CircuitOpenException(Vendor vendor, Instant retryAt) {
    super(
        "calls to "
            + vendor
            + " are paused after repeated failures; retry after "
            + retryAt
            + " or ask the platform team whether another vendor is configured");
    this.retryAt = retryAt;
  }

  public Instant retryAt() {
    return retryAt;
  }

  @Override
  public boolean retryable() {
    return true;
  }

  @Override
  public Fault fault() {
    return Fault.VENDOR;
  }

  @Override
  public String code() {
    return "CIRCUIT_OPEN";
  }
}
