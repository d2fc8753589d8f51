package onramp.gateway.resilience;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import onramp.gateway.GatewayException;
import onramp.gateway.Vendor;
import onramp.gateway.VendorException;

/** Runs one vendor call with retries and the vendor's circuit breaker. Thread-safe. */
public final class Resilience {

  /** How the gateway waits; tests pass one that records instead of sleeping. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;

    static Sleeper real() {
      return d -> Thread.sleep(d);
    }
  }

  /**
   * @param failureThreshold consecutive unhealthy failures that open a vendor's breaker
   * @param openFor how long an open breaker fails fast before a trial call
   */
  public record BreakerSettings(int failureThreshold, Duration openFor) {
    public static BreakerSettings defaults() {
      return new BreakerSettings(5, Duration.ofSeconds(30));
    }
  }

  private final RetryPolicy retry;
  private final BreakerSettings breakerSettings;
  private final InstantSource clock;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final Map<Vendor, CircuitBreaker> breakers = new ConcurrentHashMap<>();

  private Resilience(
      RetryPolicy retry,
      BreakerSettings breakerSettings,
      InstantSource clock,
      Sleeper sleeper,
      RandomGenerator random) {
    this.retry = retry;
    this.breakerSettings = breakerSettings;
    this.clock = clock;
    this.sleeper = sleeper;
    this.random = random;
  }

  public static Resilience of(
      RetryPolicy retry, BreakerSettings breaker, InstantSource clock, Sleeper sleeper) {
    return new Resilience(retry, breaker, clock, sleeper, RandomGenerator.getDefault());
  }

  public static Resilience defaults() {
    return of(
        RetryPolicy.defaults(), BreakerSettings.defaults(), InstantSource.system(), Sleeper.real());
  }

  /**
   * Calls {@code attempt} until it succeeds, fails for good, or attempts run out.
   *
   * @param onAttempt told the number of each attempt as it starts (for the audit)
   */
  public <T> T call(Vendor vendor, Supplier<T> attempt, IntConsumer onAttempt) {
    return call(vendor, attempt, onAttempt, () -> true);
  }

  /**
   * As {@link #call(Vendor, Supplier, IntConsumer)}, retrying only while {@code retryAllowed} says
   * so (a stream that has delivered text must not start again).
   */
  public <T> T call(
      Vendor vendor, Supplier<T> attempt, IntConsumer onAttempt, BooleanSupplier retryAllowed) {
    CircuitBreaker breaker = breaker(vendor);
    for (int n = 1; ; n++) {
      breaker.acquire();
      onAttempt.accept(n);
      try {
        T result = attempt.get();
        breaker.onSuccess();
        return result;
      } catch (GatewayException e) {
        if (e instanceof VendorException ve && ve.countsAgainstVendor()) {
          breaker.onFailure();
        } else {
          breaker.onNeutral();
        }
        if (!e.retryable() || n >= retry.maxAttempts() || !retryAllowed.getAsBoolean()) {
          throw e;
        }
        Optional<Duration> retryAfter =
            e instanceof VendorException ve ? ve.retryAfter() : Optional.empty();
        Duration wait = retry.delay(n, retryAfter, random).orElseThrow(() -> e);
        pause(wait, e);
      } catch (RuntimeException e) {
        breaker.onNeutral();
        throw e;
      }
    }
  }

  private void pause(Duration wait, GatewayException cause) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw cause;
    }
  }

  public CircuitBreaker.State state(Vendor vendor) {
    return breaker(vendor).state();
  }

  private CircuitBreaker breaker(Vendor vendor) {
    return breakers.computeIfAbsent(
        vendor,
        v ->
            new CircuitBreaker(
                v, breakerSettings.failureThreshold(), breakerSettings.openFor(), clock));
  }
}
