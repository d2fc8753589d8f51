package onramp.gateway.bench.load;

import java.util.Arrays;

/** Latency percentiles in microseconds. */
public record Latency(
    long count, double meanUs, long p50Us, long p90Us, long p99Us, long p999Us, long maxUs) {

  public static final Latency NONE = new Latency(0, 0, 0, 0, 0, 0, 0);

  /** From durations in nanoseconds (sorted here; nearest-rank percentiles). */
  static Latency ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      return NONE;
    }
    long[] s = nanos.clone();
    Arrays.sort(s);
    double sum = 0;
    for (long v : s) {
      sum += v;
    }
    return new Latency(
        s.length,
        sum / s.length / 1e3,
        pct(s, 50) / 1000,
        pct(s, 90) / 1000,
        pct(s, 99) / 1000,
        pct(s, 99.9) / 1000,
        s[s.length - 1] / 1000);
  }

  private static long pct(long[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /** This minus {@code base}, percentile by percentile (what a hop adds). */
  public Added minus(Latency base) {
    return new Added(p50Us - base.p50Us, p90Us - base.p90Us, p99Us - base.p99Us);
  }

  /** Added latency: a target's percentile minus the direct call's, in microseconds. */
  public record Added(long p50Us, long p90Us, long p99Us) {}
}
