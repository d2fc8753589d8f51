package onramp.gateway.masking;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Masking throughput on synthetic ride-sharing requests (about 4 KB each, one session per request,
 * the rider's and driver's names as context), single thread, after a warm-up. Reports wall-clock
 * MB/s and MB per CPU second of the masking thread (the fair number on a shared, busy machine).
 */
public final class MaskingBenchmark {
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
    for (int pass = 0; pass < 2; pass++) { // warm-up: let the JIT compile the hot paths
      for (int i = 0; i < Math.min(requests.size(), 2000); i++) {
        masker.open(requests.get(i).context()).mask(requests.get(i).text());
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
    Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
    long cpuStarted = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
    long started = System.nanoTime();
    for (SyntheticRides.Request r : requests) {
      MaskingSession session = masker.open(r.context());
      session.mask(r.text());
      session.counts().forEach((type, n) -> counts.merge(type, n, Integer::sum));
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpuSeconds = cpuTime ? (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9 : seconds;
    double mb = chars / (double) (1 << 20);
    return String.format(
        "masking: %.1f MB (%d requests) in %.0f ms = %.1f MB/s wall, %.1f MB/s per CPU second,"
            + " single thread; entities %s",
        mb, requests.size(), seconds * 1000, mb / seconds, mb / cpuSeconds, counts);
  }
}
