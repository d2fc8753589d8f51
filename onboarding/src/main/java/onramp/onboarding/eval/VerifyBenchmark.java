package onramp.onboarding.eval;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import onramp.documents.DocumentException;
import onramp.documents.barcode.Pdf417Decoder;
import onramp.documents.front.FrontReader;
import onramp.documents.image.SafeImages;
import onramp.onboarding.Verifier;
import onramp.onboarding.corpus.CorpusWriter;

/**
 * Whole-application verify time, one application at a time on one thread (what one applicant
 * waits), over a fresh synthetic corpus: p50/p95/max in milliseconds. No model call is made.
 *
 * <p>In the same run, per application, the floor: the work no verifier can avoid, one plain
 * Tesseract pass over the front photo (automatic page segmentation, as the {@code tesseract}
 * command reads it) plus one PDF417 decode of the back. The ratio of the two p50s is the figure the
 * goal is set on (≤ 2), so it does not depend on how fast this machine is.
 */
public final class VerifyBenchmark {
  private VerifyBenchmark() {}

  /** Per application: verify, and the floor's two steps, in milliseconds. */
  record Timing(long verify, long ocrPass, long barcode) {
    long floor() {
      return ocrPass + barcode;
    }
  }

  /**
   * Writes a fresh corpus to a temporary folder, verifies it and reports the timings.
   *
   * @param verifier as the service builds it (with model readers off, no model call is made)
   * @param front the licence-front OCR the verifier uses, for the floor's Tesseract pass
   */
  public static String run(Verifier verifier, FrontReader front, int applications, long seed) {
    Path dir;
    try {
      dir = Files.createTempDirectory("onramp-bench-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      LocalDate date = LocalDate.of(2026, 11, 27);
      CorpusWriter.write(dir, applications, seed, date, i -> {});
      List<Path> apps;
      try (Stream<Path> s = Files.list(dir)) {
        apps = s.filter(Files::isDirectory).sorted().toList();
      }
      verifier.verify(apps.get(0), date); // warm-up: Tesseract engines, class loading
      List<Timing> timings = new ArrayList<>();
      for (Path app : apps) {
        long start = System.nanoTime();
        verifier.verify(app, date);
        long verify = millisSince(start);
        timings.add(new Timing(verify, ocrPass(front, app), barcode(app)));
      }
      return report(timings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(dir);
    }
  }

  static String report(List<Timing> timings) {
    List<Long> verify = sorted(timings.stream().map(Timing::verify).toList());
    List<Long> floor = sorted(timings.stream().map(Timing::floor).toList());
    List<Long> ocr = sorted(timings.stream().map(Timing::ocrPass).toList());
    List<Long> barcode = sorted(timings.stream().map(Timing::barcode).toList());
    long p50 = Evaluator.percentile(verify, 50);
    long floor50 = Math.max(1, Evaluator.percentile(floor, 50));
    return String.format(
        Locale.ROOT,
        """
        verify: %d applications, one at a time: p50 %d ms, p95 %d ms, max %d ms (goal p95 < 1000 ms)
        floor (one plain Tesseract pass over the front photo + one PDF417 decode of the back): p50 %d ms, p95 %d ms \
        (Tesseract p50 %d ms, barcode p50 %d ms)
        ratio verify p50 / floor p50: %.2f (goal <= 2.00)""",
        verify.size(),
        p50,
        Evaluator.percentile(verify, 95),
        verify.get(verify.size() - 1),
        floor50,
        Evaluator.percentile(floor, 95),
        Evaluator.percentile(ocr, 50),
        Evaluator.percentile(barcode, 50),
        (double) p50 / floor50);
  }

  private static long ocrPass(FrontReader front, Path app) {
    return timed(app, "dl-front", front::plainPass);
  }

  private static long barcode(Path app) {
    return timed(app, "dl-back", photo -> Pdf417Decoder.standard().decode(photo));
  }

  /**
   * Milliseconds {@code step} takes on the application's photo (0 when the photo cannot be read).
   */
  private static long timed(Path app, String stem, Consumer<BufferedImage> step) {
    return image(app, stem)
        .map(
            photo -> {
              long start = System.nanoTime();
              step.accept(photo);
              return millisSince(start);
            })
        .orElse(0L);
  }

  /** The photo as the verifier reads it; a corrupt one (scenario CORRUPT_IMAGE) has no floor. */
  private static Optional<BufferedImage> image(Path app, String stem) {
    for (String ext : List.of(".jpg", ".png")) {
      Path file = app.resolve(stem + ext);
      if (Files.isRegularFile(file)) {
        try {
          return Optional.of(SafeImages.read(file));
        } catch (DocumentException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static List<Long> sorted(List<Long> values) {
    return values.stream().sorted(Comparator.naturalOrder()).toList();
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp folder left behind is harmless
    }
  }
}
