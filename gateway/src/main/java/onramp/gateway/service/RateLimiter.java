package onramp.gateway.service;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Requests per minute per key, as a token bucket per key in this instance: a burst up to the
 * minute's allowance, then one request per {@code 60 s / rpm}. Behind a load balancer with n
 * instances a key gets at most n times its rate; set the key's rate with that in mind.
 */
final class RateLimiter {
  private final LongSupplier nanos;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimiter(LongSupplier nanos) {
    this.nanos = nanos;
  }

  /** Takes one request from the key's bucket, or says how long until one is free. */
  Optional<Duration> acquire(String keyId, int perMinute) {
    Bucket b = buckets.computeIfAbsent(keyId, k -> new Bucket(perMinute, nanos.getAsLong()));
    return b.take(perMinute, nanos.getAsLong());
  }

  private static final class Bucket {
    private double tokens;
    private long last;

    Bucket(int perMinute, long now) {
      this.tokens = perMinute;
      this.last = now;
    }

    synchronized Optional<Duration> take(int perMinute, long now) {
      double perNano = perMinute / 60e9;
      tokens = Math.min(perMinute, tokens + (now - last) * perNano);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return Optional.empty();
      }
      return Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano)));
    }
  }
}
