package onramp.gateway.bench.load;

/**
 * One target at one rate, as wrk saw it.
 *
 * @param target {@code direct}, {@code nginx} or {@code gateway}
 * @param rate the rate asked, requests per second
 * @param achievedRate answers received per second
 * @param requests answers received (any status)
 * @param non2xx answers with a status other than 2xx or 3xx
 * @param socketErrors connect, read and write errors
 * @param timeouts requests with no answer within wrk's timeout
 * @param lateSlots sends that started more than 1 ms after their slot (every connection was busy);
 *     their wait is not in the latency
 * @param maxLateMs the latest such start
 * @param loadBefore the 1-minute load average when the run started
 */
public record LoadResult(
    String target,
    int rate,
    int seconds,
    int connections,
    long requests,
    double achievedRate,
    long non2xx,
    long socketErrors,
    long timeouts,
    long lateSlots,
    double maxLateMs,
    Latency latency,
    double loadBefore) {

  /** The p99 a rate must stay under to count as held. */
  public static final long HELD_P99_US = 50_000;

  public long errors() {
    return non2xx + socketErrors + timeouts;
  }

  /** Every request answered 2xx, p99 under 50 ms, at least 95% of the asked rate achieved. */
  public boolean held() {
    return errors() == 0 && latency.p99Us() < HELD_P99_US && achievedRate >= 0.95 * rate;
  }
}
