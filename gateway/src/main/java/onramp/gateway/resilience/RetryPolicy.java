package onramp.gateway.resilience;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When and how long to wait before trying again.
 *
 * @param maxAttempts attempts in all, the first included
 * @param baseDelay the wait before the first retry, doubled for each further one (with jitter)
 * @param maxDelay the longest computed wait
 * @param maxRetryAfter a vendor asking to wait longer than this is not retried (fail fast)
 */
public record RetryPolicy(
    int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  public static RetryPolicy defaults() {
    return new RetryPolicy(
        4, Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofSeconds(60));
  }

  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  /**
   * The wait before retry number {@code retry} (1 for the first retry), or empty to give up.
   * Exponential with "equal jitter": half the step fixed, half random. A {@code retry-after} from
   * the vendor is a floor: waited in full, plus up to 10% jitter so clients do not return together.
   */
  public Optional<Duration> delay(
      int retry, Optional<Duration> retryAfter, RandomGenerator random) {
    if (retryAfter.isPresent()) {
      Duration ra = retryAfter.get();
      if (ra.compareTo(maxRetryAfter) > 0) {
        return Optional.empty();
      }
      long jitter = (long) (ra.toNanos() * 0.1 * random.nextDouble());
      return Optional.of(ra.plusNanos(jitter));
    }
    long step = baseDelay.toNanos() << Math.min(retry - 1, 20);
    step = Math.min(Math.max(step, 0), maxDelay.toNanos());
    long half = step / 2;
    return Optional.of(Duration.ofNanos(half + (half > 0 ? random.nextLong(half + 1) : 0)));
  }
}
