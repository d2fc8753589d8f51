package onramp.documents.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import onramp.documents.ocr.CpuClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The recognition budget: CPU time of the calling thread, cancelled through Tesseract's cancel
 * callback, with a wall-clock deadline as the last resort.
 */
class OcrEngineTest {
  static Path model;
  static byte[] card;
  static byte[] noise;
  static int width;
  static int height;

  @BeforeAll
  static void needsTesseract() {
    Optional<Path> found = Tessdata.resolve(Tessdata.configured());
    assertTrue(found.isPresent(), () -> Tessdata.missing(Tessdata.configured()));
    model = found.get();
    BufferedImage grey =
        GreyImage.prepare(LicenceFrontRenderer.render(Cards.caroline(), FrontStyle.standard()), 0);
    width = grey.getWidth();
    height = grey.getHeight();
    card = GreyImage.pixels(grey);
    noise = new byte[width * height];
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) random.nextInt(256);
    }
  }

  @Test
  void readsACardWellWithinTheStandardBudget() {
    try (OcrEngine engine = OcrEngine.open(model)) {
      List<OcrWord> words = engine.words(card, width, height);

      assertThat(engine.timedOut()).isFalse();
      assertThat(words).extracting(OcrWord::text).contains("HOLLOWAY", "CAROLINE");
      assertThat(engine.lastCpuNanos())
          .isPositive()
          .isLessThan(OcrEngine.STANDARD.page().toNanos() / 2);
    }
  }

  @Test
  void cancelsNoiseOnceItsCpuBudgetIsSpent() {
    OcrEngine.Budget tight =
        new OcrEngine.Budget(Duration.ofMillis(50), Duration.ofMillis(50), 1000);
    try (OcrEngine engine = OcrEngine.open(model, tight, CpuClock.STANDARD)) {
      List<OcrWord> words = engine.words(noise, width, height);

      assertThat(engine.timedOut()).isTrue();
      assertThat(words).isEmpty();
      // Layout analysis before the first word cannot be cancelled (~150 ms on a 1012×638 noise
      // image); an uncancelled read of this noise costs seconds.
      assertThat(engine.lastCpuNanos()).isLessThan(Duration.ofMillis(1500).toNanos());
    }
  }

  /**
   * A thread taken off its core for a while before every word (a busy machine) reads the card as an
   * idle one does: the budget counts CPU time. The callback that checks it runs on the thread that
   * called Tesseract. With a wall clock, as before, the same card timed out.
   */
  @Test
  void timeSpentWaitingForACoreDoesNotUseTheBudget() {
    OcrEngine.Budget budget =
        new OcrEngine.Budget(Duration.ofMillis(800), Duration.ofMillis(800), 1000);
    Set<Thread> callers = ConcurrentHashMap.newKeySet();
    List<OcrWord> idle;
    try (OcrEngine engine = OcrEngine.open(model)) {
      idle = engine.words(card, width, height);
    }

    try (OcrEngine busy = OcrEngine.open(model, budget, preempted(CpuClock.STANDARD, callers))) {
      assertThat(busy.words(card, width, height)).isEqualTo(idle);
      assertThat(busy.timedOut()).isFalse();
    }
    try (OcrEngine busyByWallClock =
        OcrEngine.open(model, budget, preempted(thread -> System.nanoTime(), callers))) {
      assertThat(busyByWallClock.words(card, width, height)).isEmpty();
      assertThat(busyByWallClock.timedOut()).isTrue();
    }
    assertThat(callers).containsExactly(Thread.currentThread());
  }

  /** A thread that gets no CPU at all (or a stuck call) still ends, at the wall-clock deadline. */
  @Test
  void theWallClockDeadlineStillEndsAStalledRecognition() {
    OcrEngine.Budget budget = new OcrEngine.Budget(Duration.ofMillis(20), Duration.ofMillis(20), 2);
    try (OcrEngine engine = OcrEngine.open(model, budget, thread -> 0L)) {
      List<OcrWord> words = engine.words(noise, width, height);

      assertThat(engine.timedOut()).isTrue();
      assertThat(words).isEmpty();
      assertThat(engine.lastCpuNanos()).as("the CPU budget was never spent").isZero();
    }
  }

  /**
   * JavaCPP has ten native slots per callback type, and an eleventh live callback is never called:
   * every engine must still cancel with more than ten open (one per core on a large machine).
   */
  @Test
  void everyEngineCancelsWithMoreThanTenOpen() {
    OcrEngine.Budget tight =
        new OcrEngine.Budget(Duration.ofMillis(50), Duration.ofMillis(50), 1000);
    List<OcrEngine> engines = new ArrayList<>();
    try {
      for (int i = 0; i < 12; i++) {
        engines.add(OcrEngine.open(model, tight, CpuClock.STANDARD));
      }
      OcrEngine last = engines.get(engines.size() - 1);
      last.words(noise, width, height);

      assertThat(last.timedOut()).isTrue();
    } finally {
      engines.forEach(OcrEngine::close);
    }
  }

  /** Two recognitions at once, one over its budget: only that one is cancelled. */
  @Test
  void cancellingOneRecognitionLeavesAConcurrentOneAlone() throws Exception {
    OcrEngine.Budget tight =
        new OcrEngine.Budget(Duration.ofMillis(50), Duration.ofMillis(50), 1000);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (OcrEngine quick = OcrEngine.open(model, tight, CpuClock.STANDARD);
        OcrEngine standard = OcrEngine.open(model)) {
      Future<Boolean> noiseTimedOut =
          pool.submit(
              () -> {
                quick.words(noise, width, height);
                return quick.timedOut();
              });
      Future<List<OcrWord>> cardWords = pool.submit(() -> standard.words(card, width, height));

      assertThat(noiseTimedOut.get()).isTrue();
      assertThat(cardWords.get()).isNotEmpty();
      assertThat(standard.timedOut()).isFalse();
    } finally {
      pool.shutdown();
    }
  }

  /**
   * {@code clock}, with the thread off its core for 100 ms before each reading; records who reads
   * it.
   */
  private static CpuClock preempted(CpuClock clock, Set<Thread> callers) {
    return thread -> {
      callers.add(Thread.currentThread());
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      return clock.nanos(thread);
    };
  }
}
