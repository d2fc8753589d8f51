package onramp.gateway.masking;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Masking throughput on synthetic ride-sharing requests (about 4 KB each, one session per request,
 * the rider's and driver's names as context), single thread, after a warm-up (half a second per MB,
 * at most 3 s); the best of three passes. Reports wall-clock MB/s and MB per CPU second of the
 * masking thread (the fair number on a shared, busy machine).
 */
public final class MaskingBenchmark {
  private static final long WARM_UP_NANOS = 3_000_000_000L;
  private static final int PASSES = 3;

  private MaskingBenchmark() {}

  /** Generates {@code megabytes} MiB of text from {@code seed}, masks it and reports MB/s. */
  public static String run(int megabytes, long seed) {
    if (megabytes < 1) {
      throw new IllegalArgumentException("megabytes must be at least 1, was " + megabytes);
    }
    SyntheticRides rides = new SyntheticRides(seed);
    List<SyntheticRides.Request> requests = new ArrayList<>();
    long chars = 0;
    while (chars < (long) megabytes << 20) {
      SyntheticRides.Request r = rides.next();
      requests.add(r);
      chars += r.text().length();
    }
    PatternMasker masker = PatternMasker.standard();
    long warmUntil = System.nanoTime() + Math.min(WARM_UP_NANOS, megabytes * 500_000_000L);
    for (int i = 0; System.nanoTime() < warmUntil; i = (i + 1) % requests.size()) {
      masker.open(requests.get(i).context()).mask(requests.get(i).text());
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
    double bestWall = Double.MAX_VALUE;
    double bestCpu = Double.MAX_VALUE;
    Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
    for (int pass = 0; pass < PASSES; pass++) {
      counts.clear();
      long cpuStarted = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
      long started = System.nanoTime();
      for (SyntheticRides.Request r : requests) {
        MaskingSession session = masker.open(r.context());
        session.mask(r.text());
        session.counts().forEach((type, n) -> counts.merge(type, n, Integer::sum));
      }
      double wall = (System.nanoTime() - started) / 1e9;
      bestWall = Math.min(bestWall, wall);
      bestCpu =
          Math.min(
              bestCpu, cpuTime ? (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9 : wall);
    }
    double mb = chars / (double) (1 << 20);
    return String.format(
        "masking: %.1f MB (%d requests), best of %d passes: %.0f ms = %.1f MB/s wall, %.1f MB/s per CPU"
            + " second, single thread; entities per pass %s",
        mb, requests.size(), PASSES, bestWall * 1000, mb / bestWall, mb / bestCpu, counts);
  }
}
