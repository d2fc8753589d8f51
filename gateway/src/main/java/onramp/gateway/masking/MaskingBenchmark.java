package onramp.gateway.masking;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Masking throughput on synthetic ride-sharing requests (about 4 KB each, one session per request,
 * the rider's and driver's names as context), single thread, after a warm-up.
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
    long warmUntil = System.nanoTime() + 2_000_000_000L;
    for (int i = 0; System.nanoTime() < warmUntil; i = (i + 1) % requests.size()) {
      masker.open(requests.get(i).context()).mask(requests.get(i).text());
    }
    Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
    long started = System.nanoTime();
    for (SyntheticRides.Request r : requests) {
      MaskingSession session = masker.open(r.context());
      session.mask(r.text());
      session.counts().forEach((type, n) -> counts.merge(type, n, Integer::sum));
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double mb = chars / (double) (1 << 20);
    return String.format(
        "masking: %.1f MB (%d requests) in %.0f ms = %.1f MB/s, single thread; entities %s",
        mb, requests.size(), seconds * 1000, mb / seconds, counts);
  }
}
