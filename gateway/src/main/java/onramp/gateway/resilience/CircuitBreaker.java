package onramp.gateway.resilience;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import onramp.gateway.CircuitOpenException;
import onramp.gateway.Vendor;

/**
 * One vendor's breaker: after {@code threshold} consecutive failures that say the vendor is
 * unhealthy (5xx, 529, timeouts, network), calls fail fast for {@code openFor}; then one trial call
 * is let through, and its outcome closes or reopens the breaker.
 */
public final class CircuitBreaker {

  /** The breaker's state. */
  public enum State {
    CLOSED,
    OPEN,
    HALF_OPEN
  }

  private final Vendor vendor;
  private final int threshold;
  private final Duration openFor;
  private final InstantSource clock;
  private State state = State.CLOSED;
  private int consecutiveFailures;
  private Instant openUntil = Instant.MIN;
  private boolean trialInFlight;

  CircuitBreaker(Vendor vendor, int threshold, Duration openFor, InstantSource clock) {
    this.vendor = vendor;
    this.threshold = threshold;
    this.openFor = openFor;
    this.clock = clock;
  }

  /** Lets a call through or throws. */
  synchronized void acquire() {
    if (state == State.OPEN) {
      if (clock.instant().isBefore(openUntil)) {
        throw new CircuitOpenException(vendor, openUntil);
      }
      state = State.HALF_OPEN;
      trialInFlight = false;
    }
    if (state == State.HALF_OPEN) {
      if (trialInFlight) {
        throw new CircuitOpenException(vendor, clock.instant().plus(openFor));
      }
      trialInFlight = true;
    }
  }

  synchronized void onSuccess() {
    state = State.CLOSED;
    consecutiveFailures = 0;
    trialInFlight = false;
  }

  synchronized void onFailure() {
    consecutiveFailures++;
    trialInFlight = false;
    if (state == State.HALF_OPEN || consecutiveFailures >= threshold) {
      state = State.OPEN;
      openUntil = clock.instant().plus(openFor);
    }
  }

  /** The call failed for a reason that says nothing about the vendor's health (a 400, say). */
  synchronized void onNeutral() {
    if (state == State.HALF_OPEN) {
      state = State.CLOSED;
      consecutiveFailures = 0;
    }
    trialInFlight = false;
  }

  public synchronized State state() {
    if (state == State.OPEN && !clock.instant().isBefore(openUntil)) {
      return State.HALF_OPEN;
    }
    return state;
  }
}
