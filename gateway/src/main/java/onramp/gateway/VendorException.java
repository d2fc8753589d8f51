package onramp.gateway;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A vendor call failed. Built in one place ({@link #fromStatus}, {@link #timeout}, {@link
 * #network}, {@link #malformed}) from whatever the adapter saw on the wire.
 */
public final class VendorException extends GatewayException {

  /** What went wrong, independent of the vendor's error vocabulary. */
  public enum Kind {
    BAD_REQUEST(false, Fault.CALLER),
    UNAUTHORIZED(false, Fault.GATEWAY),
    TOO_LARGE(false, Fault.CALLER),
    RATE_LIMITED(true, Fault.VENDOR),
    OVERLOADED(true, Fault.VENDOR),
    SERVER_ERROR(true, Fault.VENDOR),
    TIMEOUT(true, Fault.VENDOR),
    NETWORK(true, Fault.VENDOR),
    MALFORMED_RESPONSE(true, Fault.VENDOR);

    private final boolean retryable;
    private final Fault fault;

    Kind(boolean retryable, Fault fault) {
      this.retryable = retryable;
      this.fault = fault;
    }
  }

  private final Vendor vendor;
  private final Kind kind;
  private final int status;
  private final Optional<Duration> retryAfter;

  private VendorException(
      Vendor vendor,
      Kind kind,
      int status,
      Optional<Duration> retryAfter,
      String message,
      @Nullable Throwable cause) {
    super(message, cause);
    this.vendor = vendor;
    this.kind = kind;
    this.status = status;
    this.retryAfter = retryAfter;
  }

  /** Maps an HTTP error status (and the vendor's short explanation) to a failure. */
  public static VendorException fromStatus(
      Vendor vendor, int status, Optional<Duration> retryAfter, String vendorMessage) {
    Kind kind =
        switch (status) {
          case 400, 404, 422 -> Kind.BAD_REQUEST;
          case 401, 403 -> Kind.UNAUTHORIZED;
          case 413 -> Kind.TOO_LARGE;
          case 408 -> Kind.TIMEOUT;
          case 429 -> Kind.RATE_LIMITED;
          case 503, 529 -> Kind.OVERLOADED;
          default -> status >= 500 ? Kind.SERVER_ERROR : Kind.BAD_REQUEST;
        };
    String advice =
        switch (kind) {
          case BAD_REQUEST -> "the request was rejected; check the model id and content";
          case UNAUTHORIZED ->
              "credentials were refused; check the vendor's credentials in the gateway configuration";
          case TOO_LARGE -> "the request is too large; send fewer or smaller images or less text";
          case RATE_LIMITED -> "rate limited by the vendor";
          case OVERLOADED -> "the vendor is overloaded";
          default -> "the vendor failed";
        };
    return new VendorException(
        vendor,
        kind,
        status,
        retryAfter,
        vendor + " answered HTTP " + status + ": " + advice + " (" + vendorMessage + ")",
        null);
  }

  public static VendorException timeout(Vendor vendor, Duration after, Throwable cause) {
    return new VendorException(
        vendor,
        Kind.TIMEOUT,
        0,
        Optional.empty(),
        vendor + " did not answer within " + after.toMillis() + " ms",
        cause);
  }

  public static VendorException network(Vendor vendor, Throwable cause) {
    return new VendorException(
        vendor,
        Kind.NETWORK,
        0,
        Optional.empty(),
        "could not reach " + vendor + ": " + cause.getMessage(),
        cause);
  }

  /** The gateway's own credentials for the vendor could not be found or were refused locally. */
  public static VendorException credentials(Vendor vendor, Throwable cause) {
    return new VendorException(
        vendor,
        Kind.UNAUTHORIZED,
        0,
        Optional.empty(),
        "no usable credentials for "
            + vendor
            + " ("
            + cause.getMessage()
            + "); for Bedrock configure the AWS default chain (AWS_PROFILE, instance role, or"
            + " AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)",
        cause);
  }

  public static VendorException malformed(Vendor vendor, String what, Throwable cause) {
    return new VendorException(
        vendor,
        Kind.MALFORMED_RESPONSE,
        0,
        Optional.empty(),
        vendor + " sent a response the gateway cannot read: " + what,
        cause);
  }

  public Vendor vendor() {
    return vendor;
  }

  public Kind kind() {
    return kind;
  }

  /** The HTTP status, or 0 when there was none (timeout, network). */
  public int status() {
    return status;
  }

  /** The vendor's {@code retry-after}, when it sent one. */
  public Optional<Duration> retryAfter() {
    return retryAfter;
  }

  @Override
  public boolean retryable() {
    return kind.retryable;
  }

  @Override
  public Fault fault() {
    return kind.fault;
  }

  @Override
  public String code() {
    return "VENDOR_" + kind.name();
  }

  /** Whether this failure says something about the vendor's health (for the circuit breaker). */
  public boolean countsAgainstVendor() {
    return kind == Kind.OVERLOADED
        || kind == Kind.SERVER_ERROR
        || kind == Kind.TIMEOUT
        || kind == Kind.NETWORK;
  }
}
