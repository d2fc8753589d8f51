package onramp.documents.bench;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import onramp.documents.front.FrontField;
import onramp.documents.front.FrontReader;
import onramp.documents.front.FrontReading;
import onramp.documents.synthetic.FrontContent;
import onramp.documents.synthetic.FrontStyle;
import onramp.documents.synthetic.LicenceFrontRenderer;
import onramp.documents.synthetic.SampleFronts;
import onramp.documents.synthetic.Severity;

/**
 * Renders random synthetic fronts in random styles, reads them back and reports time per card (p50,
 * p95, max) and how many fields came back exactly. Single-threaded, one engine, so the numbers are
 * per core; the first read (engine start) is excluded.
 */
public final class OcrBenchmark {
  private OcrBenchmark() {}

  public static String run(FrontReader reader, int images, long seed) {
    if (!reader.availability().available()) {
      return "OCR benchmark skipped: " + reader.availability().reason();
    }
    SplittableRandom random = new SplittableRandom(seed);
    reader.read(LicenceFrontRenderer.render(SampleFronts.random(random), FrontStyle.standard()));
    long[] millis = new long[images];
    long[] cpuMillis = new long[images];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<FrontField, int[]> perField = new EnumMap<>(FrontField.class);
    int exact = 0;
    int expectedTotal = 0;
    for (int i = 0; i < images; i++) {
      FrontContent content = SampleFronts.random(random);
      BufferedImage card = LicenceFrontRenderer.render(content, FrontStyle.random(random));
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      FrontReading reading = reader.read(card);
      millis[i] = (System.nanoTime() - start) / 1_000_000;
      cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
      for (Map.Entry<FrontField, String> e : SampleFronts.expected(content).entrySet()) {
        int[] counts = perField.computeIfAbsent(e.getKey(), f -> new int[2]);
        counts[1]++;
        expectedTotal++;
        if (reading.value(e.getKey()).filter(e.getValue()::equals).isPresent()) {
          counts[0]++;
          exact++;
        }
      }
    }
    return report(images, seed, millis, perField, exact, expectedTotal) + cpuLine(cpuMillis);
  }

  private static String report(
      int images, long seed, long[] millis, Map<FrontField, int[]> perField, int exact, int total) {
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "licence front OCR: %d cards, seed %d, %d cores%n  time per card: p50 %d ms, p95 %d ms, max %d ms%n"
                + "  fields read exactly: %d of %d (%.1f%%)%n",
            images,
            seed,
            Runtime.getRuntime().availableProcessors(),
            percentile(sorted, 50),
            percentile(sorted, 95),
            sorted.length == 0 ? 0 : sorted[sorted.length - 1],
            exact,
            total,
            total == 0 ? 0 : 100.0 * exact / total));
    perField.forEach(
        (field, c) ->
            out.append(String.format(Locale.ROOT, "  %-24s %3d/%3d%n", field, c[0], c[1])));
    return out.toString();
  }

  /** CPU time of the reading thread: what a card costs when the machine is shared and busy. */
  private static String cpuLine(long[] cpuMillis) {
    long[] sorted = cpuMillis.clone();
    Arrays.sort(sorted);
    return String.format(
        Locale.ROOT,
        "  cpu per card (reading thread): p50 %d ms, p95 %d ms; load average %.1f%n",
        percentile(sorted, 50),
        percentile(sorted, 95),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /**
   * The same cards photographed with {@code CameraEffects} at each severity: per-field exact reads
   * and the rate of cards whose date of birth and two of licence number, expiration and last name
   * came back exactly.
   */
  public static String runPhotos(FrontReader reader, int images, long seed) {
    if (!reader.availability().available()) {
      return "OCR photo benchmark skipped: " + reader.availability().reason();
    }
    StringBuilder out = new StringBuilder();
    for (Severity severity : List.of(Severity.CLEAN, Severity.MILD, Severity.HARSH)) {
      out.append(PhotoBenchmark.measure(reader, images, seed, severity).report());
    }
    return out.toString();
  }

  static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.clamp(index, 0, sorted.length - 1)];
  }
}
