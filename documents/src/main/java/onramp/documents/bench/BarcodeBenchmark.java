package onramp.documents.bench;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import onramp.documents.barcode.Pdf417Decoder;
import onramp.documents.ocr.CpuClock;
import onramp.documents.synthetic.BackStyle;
import onramp.documents.synthetic.Camera;
import onramp.documents.synthetic.CameraEffects;
import onramp.documents.synthetic.LicenceBackRenderer;
import onramp.documents.synthetic.Severity;
import onramp.documents.synthetic.SyntheticPayload;

/**
 * Renders synthetic licence backs, photographs them with {@link CameraEffects} at every {@link
 * Severity}, decodes them with {@link Pdf417Decoder#standard()} and reports decode time (wall, and
 * CPU of the decoding thread, which the budget counts) and exact-recovery rate per severity.
 * Deterministic in what it decodes (not in timings).
 */
public final class BarcodeBenchmark {
  private BarcodeBenchmark() {}

  /** {@code images} photos in total, split evenly over the severities. */
  public static String run(int images, long seed) {
    if (images < Severity.values().length) {
      throw new IllegalArgumentException("need at least one image per severity, got " + images);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    Pdf417Decoder decoder = Pdf417Decoder.standard();
    Map<Severity, List<Long>> micros = new EnumMap<>(Severity.class);
    Map<Severity, List<Long>> cpuMicros = new EnumMap<>(Severity.class);
    CpuClock cpu = CpuClock.STANDARD;
    Map<Severity, Integer> exact = new EnumMap<>(Severity.class);
    Map<String, Integer> strategies = new TreeMap<>();
    int wrong = 0;
    int perSeverity = images / Severity.values().length;
    for (Severity severity : Severity.values()) {
      List<Long> times = new ArrayList<>();
      List<Long> cpuTimes = new ArrayList<>();
      int ok = 0;
      for (int i = 0; i < perSeverity; i++) {
        String payload = SyntheticPayload.next(rnd);
        BackStyle style =
            LicenceBackRenderer.fitted(payload, BackStyle.standard().withSeed(rnd.nextLong()));
        Camera camera = Camera.random(rnd, severity, true);
        BufferedImage photo =
            CameraEffects.apply(LicenceBackRenderer.render(payload, style), camera);
        long start = System.nanoTime();
        long cpuStart = cpu.now();
        var result = decoder.decode(photo);
        cpuTimes.add((cpu.now() - cpuStart) / 1000);
        times.add((System.nanoTime() - start) / 1000);
        if (result.isPresent()) {
          if (result.get().text().equals(payload)) {
            ok++;
            strategies.merge(result.get().strategy(), 1, Integer::sum);
          } else {
            wrong++;
          }
        }
      }
      micros.put(severity, times);
      cpuMicros.put(severity, cpuTimes);
      exact.put(severity, ok);
    }
    return report(micros, cpuMicros, exact, strategies, wrong);
  }

  private static String report(
      Map<Severity, List<Long>> micros,
      Map<Severity, List<Long>> cpuMicros,
      Map<Severity, Integer> exact,
      Map<String, Integer> strategies,
      int wrong) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-11s %6s %8s %8s %8s %8s %8s %8s %8s%n",
            "severity",
            "images",
            "rate",
            "p50 ms",
            "p95 ms",
            "max ms",
            "cpu p50",
            "cpu p95",
            "cpu max"));
    for (Severity s : Severity.values()) {
      List<Long> t = new ArrayList<>(micros.get(s));
      t.sort(null);
      List<Long> c = new ArrayList<>(cpuMicros.get(s));
      c.sort(null);
      out.append(
          String.format(
              Locale.ROOT,
              "%-11s %6d %7.0f%% %8.0f %8.0f %8.0f %8.0f %8.0f %8.0f%n",
              s,
              t.size(),
              100.0 * exact.getOrDefault(s, 0) / t.size(),
              pct(t, 0.50),
              pct(t, 0.95),
              t.get(t.size() - 1) / 1000.0,
              pct(c, 0.50),
              pct(c, 0.95),
              c.get(c.size() - 1) / 1000.0));
    }
    if (!CpuClock.measuresCpuTime()) {
      out.append(
          "(this JVM does not measure thread CPU time: cpu columns and the budget are wall time)\n");
    }
    out.append("wrong text returned: ").append(wrong).append('\n');
    out.append("winning strategies: ").append(strategies).append('\n');
    return out.toString();
  }

  private static double pct(List<Long> sorted, double p) {
    int i = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1000.0;
  }

  public static void main(String[] args) {
    int images = args.length > 0 ? Integer.parseInt(args[0]) : 80;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    System.out.print(run(images, seed));
  }
}
