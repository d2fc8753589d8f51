package onramp.documents.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import onramp.documents.front.FrontField;
import onramp.documents.front.FrontReader;
import onramp.documents.front.FrontReading;
import onramp.documents.image.ImageBytes;
import onramp.documents.synthetic.Camera;
import onramp.documents.synthetic.CameraEffects;
import onramp.documents.synthetic.FrontContent;
import onramp.documents.synthetic.FrontStyle;
import onramp.documents.synthetic.LicenceFrontRenderer;
import onramp.documents.synthetic.SampleFronts;
import onramp.documents.synthetic.Severity;

/**
 * Reads fronts photographed with {@link CameraEffects} (card on a desk, tilted, turned a little,
 * glare, noise, JPEG q88 as the corpus saves them) and counts, per field, how many came back
 * exactly, and how many cards were "confirmed": date of birth plus two of licence number,
 * expiration and last name — what the application check needs from the front.
 */
final class PhotoBenchmark {
  private static final List<FrontField> CONFIRMING =
      List.of(FrontField.LICENSE_NUMBER, FrontField.EXPIRATION_DATE, FrontField.LAST_NAME);

  private PhotoBenchmark() {}

  /** The counts of one run; {@code perField} maps a field to {exact, expected}. */
  record Result(
      Severity severity,
      int cards,
      int confirmed,
      int exact,
      int expected,
      Map<FrontField, int[]> perField,
      long[] cpuMillis) {
    double confirmedRate() {
      return cards == 0 ? 0 : (double) confirmed / cards;
    }

    double fieldRate() {
      return expected == 0 ? 0 : (double) exact / expected;
    }

    String report() {
      long[] sorted = cpuMillis.clone();
      Arrays.sort(sorted);
      StringBuilder out =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%s photos: %d cards, confirmed (DOB + 2 of number/expiry/last name) %d (%.1f%%), fields exact %d of %d"
                      + " (%.1f%%), cpu p50 %d ms p95 %d ms%n",
                  severity,
                  cards,
                  confirmed,
                  100 * confirmedRate(),
                  exact,
                  expected,
                  100 * fieldRate(),
                  OcrBenchmark.percentile(sorted, 50),
                  OcrBenchmark.percentile(sorted, 95)));
      perField.forEach(
          (field, c) ->
              out.append(String.format(Locale.ROOT, "  %-24s %3d/%3d%n", field, c[0], c[1])));
      return out.toString();
    }
  }

  static Result measure(FrontReader reader, int images, long seed, Severity severity) {
    SplittableRandom random = new SplittableRandom(seed);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<FrontField, int[]> perField = new EnumMap<>(FrontField.class);
    long[] cpu = new long[images];
    int confirmed = 0;
    int exact = 0;
    int expected = 0;
    for (int i = 0; i < images; i++) {
      FrontContent content = SampleFronts.random(random);
      BufferedImage card = LicenceFrontRenderer.render(content, FrontStyle.random(random));
      BufferedImage photo = jpeg(CameraEffects.apply(card, Camera.random(random, severity)));
      long cpuStart = threads.getCurrentThreadCpuTime();
      FrontReading reading = reader.read(photo);
      cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
      Map<FrontField, String> truth = SampleFronts.expected(content);
      for (Map.Entry<FrontField, String> e : truth.entrySet()) {
        int[] counts = perField.computeIfAbsent(e.getKey(), f -> new int[2]);
        counts[1]++;
        expected++;
        if (reading.value(e.getKey()).filter(e.getValue()::equals).isPresent()) {
          counts[0]++;
          exact++;
        }
      }
      if (confirms(reading, truth)) {
        confirmed++;
      }
    }
    return new Result(severity, images, confirmed, exact, expected, perField, cpu);
  }

  static boolean confirms(FrontReading reading, Map<FrontField, String> truth) {
    if (!matches(reading, truth, FrontField.DATE_OF_BIRTH)) {
      return false;
    }
    return CONFIRMING.stream().filter(f -> matches(reading, truth, f)).count() >= 2;
  }

  private static boolean matches(
      FrontReading reading, Map<FrontField, String> truth, FrontField field) {
    return reading.value(field).filter(v -> v.equals(truth.get(field))).isPresent();
  }

  /** The corpus saves most photos as JPEG q88, on top of the camera's own compression. */
  private static BufferedImage jpeg(BufferedImage photo) {
    try {
      return ImageIO.read(new ByteArrayInputStream(ImageBytes.toJpeg(photo, 88)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
