package onramp.documents.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
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
import onramp.documents.ocr.OcrEngine.Segmentation;
import onramp.documents.ocr.OcrEngine.Setup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The recognition budget: CPU time of the calling thread, cancelled through Tesseract's cancel
 * callback, with a wall-clock deadline as the last resort.
 */
class OcrEngineTest {
  static final Duration STANDARD = Duration.ofMillis(2500);
  static Path model;
  static OcrImage card;
  static OcrImage noise;

  @BeforeAll
  static void needsTesseract() {
    Optional<Path> found = Tessdata.resolve(Tessdata.configured());
    assertTrue(
        found.isPresent(),
        () -> Tessdata.missing(Tessdata.configured(), "The OCR engine cannot be tested."));
    model = found.get();
    card = OcrImage.of(card());
    byte[] pixels = new byte[card.width() * card.height()];
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (byte) random.nextInt(256);
    }
    noise = OcrImage.of(pixels, card.width(), card.height());
  }

  /** A card-sized grey image with a few lines of printed text (a synthetic person). */
  private static BufferedImage card() {
    BufferedImage image = new BufferedImage(1012, 638, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 32));
    String[] lines = {
      "DRIVER LICENSE",
      "4d DLN A64205318",
      "1 HOLLOWAY",
      "2 CAROLINE GRACE",
      "3 DOB 04-18-1988",
      "4b EXP 04-18-2030",
      "8 2147 LAKEVIEW BLVD",
      "RICHMOND VA 23220",
      "9 CLASS C  SEX F",
      "16 HGT 5-05  EYES HAZ"
    };
    for (int i = 0; i < lines.length; i++) {
      g.drawString(lines[i], 330, 80 + i * 56);
    }
    g.dispose();
    return image;
  }

  private static OcrEngine engine() {
    return OcrEngine.open(model, Setup.LSTM_AT_300_DPI);
  }

  private static OcrEngine.Words read(OcrEngine engine, OcrImage image, CpuBudget budget) {
    return engine.words(image, Segmentation.SPARSE_TEXT, 300, budget);
  }

  @Test
  void readsACardWellWithinTheStandardBudget() {
    CpuBudget budget = CpuBudget.of(STANDARD, CpuClock.STANDARD);
    try (OcrEngine engine = engine()) {
      OcrEngine.Words words = read(engine, card, budget);

      assertThat(words.outcome()).isEqualTo(OcrEngine.Outcome.RECOGNISED);
      assertThat(words.words()).extracting(OcrWord::text).contains("HOLLOWAY", "CAROLINE");
      assertThat(budget.usedNanos()).isPositive().isLessThan(STANDARD.toNanos() / 2);
    }
  }

  @Test
  void cancelsNoiseOnceItsCpuBudgetIsSpent() {
    CpuBudget tight = CpuBudget.of(Duration.ofMillis(50), CpuClock.STANDARD, 1000);
    try (OcrEngine engine = engine()) {
      OcrEngine.Words words = read(engine, noise, tight);

      assertThat(words.timedOut()).isTrue();
      assertThat(words.words()).isEmpty();
      // Layout analysis before the first word cannot be cancelled (~150 ms on a 1012×638 noise
      // image); an uncancelled read of this noise costs seconds.
      assertThat(tight.usedNanos()).isLessThan(Duration.ofMillis(1500).toNanos());
    }
  }

  @Test
  void aSpentBudgetRecognisesNothingMore() {
    CpuBudget budget = CpuBudget.of(Duration.ofMillis(50), CpuClock.STANDARD, 1000);
    budget.charge(Duration.ofMillis(50).toNanos());
    try (OcrEngine engine = engine()) {
      assertThat(read(engine, card, budget).timedOut()).isTrue();
      assertThat(engine.text(card, Segmentation.SINGLE_BLOCK, 300, budget).recognised()).isFalse();
    }
  }

  /**
   * A thread taken off its core for a while before every word (a busy machine) reads the card as an
   * idle one does: the budget counts CPU time. The callback that checks it runs on the thread that
   * called Tesseract. With a wall clock, as before, the same card timed out.
   */
  @Test
  void timeSpentWaitingForACoreDoesNotUseTheBudget() {
    Duration allowance = Duration.ofMillis(800);
    Set<Thread> callers = ConcurrentHashMap.newKeySet();
    List<OcrWord> idle;
    try (OcrEngine engine = engine()) {
      idle = read(engine, card, CpuBudget.of(STANDARD, CpuClock.STANDARD)).words();
    }

    try (OcrEngine busy = engine()) {
      OcrEngine.Words words =
          read(busy, card, CpuBudget.of(allowance, preempted(CpuClock.STANDARD, callers), 1000));
      assertThat(words.words()).isEqualTo(idle);
      assertThat(words.timedOut()).isFalse();
    }
    try (OcrEngine busyByWallClock = engine()) {
      OcrEngine.Words words =
          read(
              busyByWallClock,
              card,
              CpuBudget.of(allowance, preempted(CpuClock.WALL, callers), 1000));
      assertThat(words.words()).isEmpty();
      assertThat(words.timedOut()).isTrue();
    }
    assertThat(callers).containsExactly(Thread.currentThread());
  }

  /** A thread that gets no CPU at all (or a stuck call) still ends, at the wall-clock deadline. */
  @Test
  void theWallClockDeadlineStillEndsAStalledRecognition() {
    CpuBudget budget = CpuBudget.of(Duration.ofMillis(20), thread -> 0L, 2);
    try (OcrEngine engine = engine()) {
      OcrEngine.Words words = read(engine, noise, budget);

      assertThat(words.timedOut()).isTrue();
      assertThat(words.words()).isEmpty();
      assertThat(budget.usedNanos()).as("the CPU budget was never spent").isZero();
    }
  }

  /**
   * JavaCPP has ten native slots per callback type, and an eleventh live callback is never called:
   * every engine must still cancel with more than ten open (one per core on a large machine).
   */
  @Test
  void everyEngineCancelsWithMoreThanTenOpen() {
    List<OcrEngine> engines = new ArrayList<>();
    try {
      for (int i = 0; i < 12; i++) {
        engines.add(engine());
      }
      OcrEngine last = engines.get(engines.size() - 1);

      assertThat(
              read(last, noise, CpuBudget.of(Duration.ofMillis(50), CpuClock.STANDARD, 1000))
                  .timedOut())
          .isTrue();
    } finally {
      engines.forEach(OcrEngine::close);
    }
  }

  /** Two recognitions at once, one over its budget: only that one is cancelled. */
  @Test
  void cancellingOneRecognitionLeavesAConcurrentOneAlone() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (OcrEngine quick = engine();
        OcrEngine standard = engine()) {
      Future<OcrEngine.Words> noiseRead =
          pool.submit(
              () ->
                  read(quick, noise, CpuBudget.of(Duration.ofMillis(50), CpuClock.STANDARD, 1000)));
      Future<OcrEngine.Words> cardRead =
          pool.submit(() -> read(standard, card, CpuBudget.of(STANDARD, CpuClock.STANDARD)));

      assertThat(noiseRead.get().timedOut()).isTrue();
      assertThat(cardRead.get().words()).isNotEmpty();
      assertThat(cardRead.get().timedOut()).isFalse();
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
