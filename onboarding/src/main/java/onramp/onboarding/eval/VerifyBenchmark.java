package onramp.onboarding.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import onramp.onboarding.Verifier;
import onramp.onboarding.corpus.CorpusWriter;

/**
 * Whole-application verify time, one application at a time on one thread (what one applicant
 * waits), over a fresh synthetic corpus: p50/p95/max in milliseconds. No model call is made.
 */
public final class VerifyBenchmark {
  private VerifyBenchmark() {}

  public static String run(int applications, long seed) {
    Path dir;
    try {
      dir = Files.createTempDirectory("onramp-bench-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      LocalDate date = LocalDate.of(2026, 11, 27);
      CorpusWriter.write(dir, applications, seed, date, i -> { });
      Verifier verifier = Verifier.standard();
      List<Path> apps;
      try (Stream<Path> s = Files.list(dir)) {
        apps = s.filter(Files::isDirectory).sorted().toList();
      }
      verifier.verify(apps.get(0), date); // warm-up: Tesseract engines, class loading
      List<Long> times = new ArrayList<>();
      for (Path app : apps) {
        long start = System.nanoTime();
        verifier.verify(app, date);
        times.add((System.nanoTime() - start) / 1_000_000);
      }
      times.sort(Comparator.naturalOrder());
      return String.format("verify: %d applications, one at a time: p50 %d ms, p95 %d ms, max %d ms (goal p95 < 2000 ms)",
          times.size(), Evaluator.percentile(times, 50), Evaluator.percentile(times, 95), times.get(times.size() - 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(dir);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp folder left behind is harmless
    }
  }
}
