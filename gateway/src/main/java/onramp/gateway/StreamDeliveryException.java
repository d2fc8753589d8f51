package onramp.gateway;

/**
 * The caller's sink for a streamed answer failed (in the gateway service: the client went away).
 * Not a vendor failure: adapters let it through unchanged, and the gateway cancels the vendor call,
 * charges the reservation and audits the call as {@code CLIENT_DISCONNECTED}.
 */
public final class StreamDeliveryException extends RuntimeException {
  public StreamDeliveryException(RuntimeException cause) {
    super("the stream's receiver failed: " + cause.getMessage(), cause);
  }
}
