package onramp.gateway.bench.load;

import java.nio.file.Path;
import java.util.List;

/**
 * One load run.
 *
 * @param rate requests per second of the main run, the same for every target
 * @param seconds how long each target is measured at {@code rate}
 * @param warmupSeconds load at {@code rate} before each target's measurement, not recorded
 * @param sweepRates rates tried, lowest first, each for {@code sweepSeconds}, to find the highest
 *     rate held (every request answered 200, p99 under 50 ms, the rate achieved); empty: no sweep
 * @param sweepSeconds how long each rate of the sweep runs
 * @param streamingCalls streamed calls timed to the first byte, directly and through the gateway
 * @param out where results.json, summary.md, nginx's files and the request body go
 * @param budgetsInMemory an experiment: budgets held in the gateway's memory instead of PostgreSQL
 *     (keys and audit stay there), to see what the budget transactions cost
 */
public record LoadSettings(
    int rate,
    int seconds,
    int warmupSeconds,
    List<Integer> sweepRates,
    int sweepSeconds,
    int streamingCalls,
    Path out,
    boolean budgetsInMemory) {

  /** Rates of the sweep unless told otherwise. */
  public static final List<Integer> DEFAULT_SWEEP =
      List.of(10, 25, 50, 100, 250, 500, 1000, 1500, 2000, 3000, 4000, 6000);

  public LoadSettings {
    if (rate <= 0 || seconds <= 0 || warmupSeconds < 0 || sweepSeconds <= 0) {
      throw new IllegalArgumentException(
          "rate and seconds must be positive and warm-up not negative (rate "
              + rate
              + ", seconds "
              + seconds
              + ", warm-up "
              + warmupSeconds
              + ")");
    }
    if (sweepRates.stream().anyMatch(r -> r <= 0)) {
      throw new IllegalArgumentException("sweep rates must be positive: " + sweepRates);
    }
    sweepRates = sweepRates.stream().sorted().distinct().toList();
  }

  /**
   * {@code rate} for {@code seconds} per target; warm-up and sweep steps scale with {@code seconds}
   * (a quarter and a sixth of it, between 2 and 10 s), so {@code --seconds 5} is a quick smoke run.
   */
  public static LoadSettings of(int rate, int seconds, Path out) {
    return new LoadSettings(
        rate,
        seconds,
        clamp(seconds / 4, 2, 10),
        DEFAULT_SWEEP,
        clamp(seconds / 6, 2, 10),
        clamp(seconds * 10, 50, 500),
        out,
        false);
  }

  public LoadSettings withSweep(List<Integer> rates, int stepSeconds) {
    return new LoadSettings(
        rate, seconds, warmupSeconds, rates, stepSeconds, streamingCalls, out, budgetsInMemory);
  }

  public LoadSettings withWarmup(int warmup) {
    return new LoadSettings(
        rate, seconds, warmup, sweepRates, sweepSeconds, streamingCalls, out, budgetsInMemory);
  }

  public LoadSettings withStreamingCalls(int calls) {
    return new LoadSettings(
        rate, seconds, warmupSeconds, sweepRates, sweepSeconds, calls, out, budgetsInMemory);
  }

  public LoadSettings withBudgetsInMemory(boolean inMemory) {
    return new LoadSettings(
        rate, seconds, warmupSeconds, sweepRates, sweepSeconds, streamingCalls, out, inMemory);
  }

  private static int clamp(int v, int lo, int hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
