package onramp.app.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The synthetic clock {@code ./onramp demo} moves through the past months: every service that dates
 * what it writes reads it, so rows carry the synthetic time, not the time the demo ran.
 */
final class DemoClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  DemoClock(Instant start, ZoneId zone) {
    this(new AtomicReference<>(start), zone);
  }

  private DemoClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  void set(Instant at) {
    now.set(at);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new DemoClock(now, other);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
