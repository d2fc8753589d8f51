package onramp.documents.front;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import onramp.documents.Confidence;
import onramp.documents.Evidence;
import onramp.documents.image.Warp;
import onramp.documents.ocr.CpuBudget;
import onramp.documents.ocr.CpuClock;
import onramp.documents.ocr.Deskew;
import onramp.documents.ocr.EnginePool;
import onramp.documents.ocr.OcrEngine;
import onramp.documents.ocr.OcrEngine.Segmentation;
import onramp.documents.ocr.OcrImage;
import onramp.documents.ocr.OcrUnavailableException;
import onramp.documents.ocr.OcrWord;
import onramp.documents.ocr.Tessdata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a photo of a licence front with Tesseract. Thread-safe: engines are pooled, one per
 * concurrent caller. Orientation, cheaply: a landscape image is read upright, and upside down only
 * when the upright reading is weak; a portrait image is read a quarter turn each way, then upright
 * and upside down if both are weak; the reading with the most well-formed fields wins (Tesseract's
 * own orientation detection needs the osd model and a separate pass, and was not needed). Without
 * the English model the reader is unavailable and returns empty readings, never an exception.
 */
public final class FrontReader implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(FrontReader.class);
  private static final int STRONG_FIELDS = 9;

  /** Below this many well-formed fields from the located card, the whole photo is read too. */
  private static final int FALLBACK_FIELDS = 5;

  /**
   * CPU time of the calling thread that one recognition of a card's page may use: a page takes
   * 100–300 ms, but noise can keep Tesseract busy for seconds, and a photo must not hold a request
   * thread that long. CPU time, not wall time, so that a card read on an idle machine is read the
   * same on a busy one (with a wall-clock deadline, cards timed out under load and were taken for
   * noise).
   */
  static final Duration PAGE_BUDGET = Duration.ofMillis(2500);

  /** CPU time that looking again at one field's line may use. */
  static final Duration LINE_BUDGET = Duration.ofMillis(600);

  /** The resolution Tesseract is told a prepared card has. */
  private static final int DPI = 300;

  private static final String CONSEQUENCE = "Licence fronts cannot be read by OCR until then.";

  private final Availability availability;
  private final Optional<EnginePool> pool;

  private FrontReader(Availability availability, Optional<EnginePool> pool) {
    this.availability = availability;
    this.pool = pool;
  }

  /**
   * A reader on the given tessdata directory (or its parent); {@link Tessdata#configured()} finds
   * the standard one. Loads one engine now to prove the model works. Build one per process (the
   * application's wiring does) and close it at the end: it holds a pool of Tesseract engines.
   */
  public static FrontReader using(Path tessdata) {
    EnginePool pool;
    try {
      pool =
          EnginePool.start(
              tessdata,
              OcrEngine.Setup.LSTM_AT_300_DPI,
              Math.max(1, Runtime.getRuntime().availableProcessors()),
              CONSEQUENCE);
    } catch (OcrUnavailableException e) {
      return off(e.getMessage());
    }
    return new FrontReader(Availability.on("Tesseract with " + pool.model()), Optional.of(pool));
  }

  private static FrontReader off(String reason) {
    log.warn("licence front OCR is off: {}", reason);
    return new FrontReader(Availability.off(reason), Optional.empty());
  }

  public Availability availability() {
    return availability;
  }

  /**
   * Reads the card; an unavailable reader or an unreadable image gives a reading with no fields.
   */
  public FrontReading read(BufferedImage image) {
    return read(image, Optional.empty());
  }

  /**
   * Reads the card, and stops after the located card's reading when {@code sufficient} says it
   * already settles what the caller needs (a cross-check against known values): the whole photo is
   * then not read a second time. When the whole photo is read, only what lies on the located card
   * counts: text on the desk around it confirms nothing.
   */
  public FrontReading read(BufferedImage image, Predicate<FrontReading> sufficient) {
    return read(image, Optional.of(sufficient));
  }

  /**
   * Without {@code sufficient}, the whole photo is read too when the card's reading lacks a key
   * field; with it, whenever the card's reading does not settle the caller's check (a value that
   * disagrees with the known one gets its second look).
   */
  private FrontReading read(BufferedImage image, Optional<Predicate<FrontReading>> sufficient) {
    long start = System.nanoTime();
    if (pool.isEmpty() || image.getWidth() < 8 || image.getHeight() < 8) {
      return FrontReading.empty(elapsed(start));
    }
    Optional<Point2D[]> card = CardLocator.locate(image);
    Attempt best = null;
    if (card.isPresent()) {
      best =
          bestTurn(Rectify.card(image, card.get(), GreyImage.TARGET_LONG_SIDE), Optional.empty());
      FrontReading first = new FrontReading(best.fields(), best.text(), elapsed(start));
      if (sufficient.isPresent() && sufficient.get().test(first)) {
        return first;
      }
    }
    boolean secondLook =
        sufficient.isPresent()
            || best == null
            || best.valid() < FALLBACK_FIELDS
            || best.lacksKeyFields();
    if (best == null || (secondLook && !best.timedOut())) {
      Attempt whole = bestTurn(image, card.filter(corners -> cardShaped(corners, image)));
      best = best == null ? whole : best.mergedWith(whole);
    }
    return new FrontReading(best.fields(), best.text(), elapsed(start));
  }

  /**
   * One plain Tesseract pass over the photo as it is (grey, automatic page segmentation), the work
   * no reader can avoid: the floor that {@code bench verify} compares the whole check with. Returns
   * the text, so the work cannot be optimised away.
   */
  public String plainPass(BufferedImage photo) {
    if (pool.isEmpty()) {
      return "";
    }
    OcrImage pixels = OcrImage.of(Warp.greyLevels(photo), photo.getWidth(), photo.getHeight());
    return pool.get().with(engine -> engine.plainText(pixels));
  }

  /**
   * The whole photo read as a second reading does, keeping only what lies on {@code card} when
   * given.
   */
  FrontReading readWholePhoto(BufferedImage image, Optional<Point2D[]> card) {
    Attempt whole = bestTurn(image, card);
    return new FrontReading(whole.fields(), whole.text(), 0);
  }

  private Attempt bestTurn(BufferedImage image, Optional<Point2D[]> card) {
    boolean portrait = image.getHeight() > image.getWidth() * 1.1;
    int[] turns = portrait ? new int[] {1, 3, 0, 2} : new int[] {0, 2};
    Attempt best = turn(image, turns[0], card);
    boolean enough = best.valid() >= STRONG_FIELDS || best.timedOut();
    for (int i = 1; i < turns.length && !enough; i++) {
      Attempt attempt = turn(image, turns[i], card);
      if (attempt.betterThan(best)) {
        best = attempt;
      }
      enough = best.valid() >= STRONG_FIELDS || attempt.timedOut();
    }
    return best;
  }

  private Attempt turn(BufferedImage image, int quarterTurns, Optional<Point2D[]> card) {
    return pool.orElseThrow().with(engine -> attempt(engine, image, quarterTurns, card));
  }

  /**
   * One orientation's reading. With {@code card} (its corners in {@code image}), only words whose
   * centre lies on the card, or within a small margin of it, are kept.
   */
  private static Attempt attempt(
      OcrEngine engine, BufferedImage image, int quarterTurns, Optional<Point2D[]> card) {
    BufferedImage grey = GreyImage.prepare(image, quarterTurns);
    int w = grey.getWidth();
    int h = grey.getHeight();
    byte[] binary = GreyImage.binarise(GreyImage.pixels(grey), w, h, 0.15);
    double skew = Deskew.textAngle(binary, w, h);
    if (Math.abs(skew) >= 0.3) {
      grey = GreyImage.rotate(grey, skew);
    } else {
      skew = 0;
    }
    OcrImage pixels = OcrImage.of(GreyImage.pixels(grey), w, h);
    OcrEngine.Words page =
        engine.words(
            pixels, Segmentation.SPARSE_TEXT, DPI, CpuBudget.of(PAGE_BUDGET, CpuClock.STANDARD));
    List<OcrWord> words = page.words();
    if (card.isPresent()) {
      Shape onCard =
          GreyImage.transform(image, quarterTurns, skew).createTransformedShape(margin(card.get()));
      words =
          words.stream()
              .filter(word -> onCard.contains((word.left() + word.right()) / 2.0, word.centreY()))
              .toList();
    }
    List<TextLine> lines = TextLine.group(words);
    FieldExtractor.Extraction extraction =
        FieldExtractor.extract(
            lines,
            region ->
                engine
                    .line(pixels, region, DPI, CpuBudget.of(LINE_BUDGET, CpuClock.STANDARD))
                    .words());
    List<String> text = new ArrayList<>();
    lines.forEach(line -> text.add(line.text()));
    return new Attempt(
        extraction.fields(),
        extraction.wellFormed().size(),
        String.join("\n", text),
        page.timedOut());
  }

  /**
   * Whether located corners outline a card lying in the photo: inside the frame and about as long
   * as an ID-1 card for its width (85.6 × 54 mm, 1.59), allowing for perspective. A strip across a
   * flat scan of a card is no card, and then nothing is left out of the whole photo's reading.
   */
  static boolean cardShaped(Point2D[] corners, BufferedImage image) {
    double slack = 0.02 * Math.max(image.getWidth(), image.getHeight());
    for (Point2D p : corners) {
      if (p.getX() < -slack
          || p.getY() < -slack
          || p.getX() > image.getWidth() + slack
          || p.getY() > image.getHeight() + slack) {
        return false;
      }
    }
    double top = corners[0].distance(corners[1]);
    double bottom = corners[3].distance(corners[2]);
    double left = corners[0].distance(corners[3]);
    double right = corners[1].distance(corners[2]);
    double ratio = (top + bottom) / Math.max(left + right, 1e-9);
    double elongation = Math.max(ratio, 1 / ratio);
    return elongation >= 1.3 && elongation <= 1.95;
  }

  /**
   * The card's outline grown by 4% about its centre: a word cut by the located edge still counts.
   */
  private static Shape margin(Point2D[] corners) {
    double cx = 0;
    double cy = 0;
    for (Point2D p : corners) {
      cx += p.getX() / corners.length;
      cy += p.getY() / corners.length;
    }
    Path2D.Double outline = new Path2D.Double();
    for (int i = 0; i < corners.length; i++) {
      double x = cx + (corners[i].getX() - cx) * 1.04;
      double y = cy + (corners[i].getY() - cy) * 1.04;
      if (i == 0) {
        outline.moveTo(x, y);
      } else {
        outline.lineTo(x, y);
      }
    }
    outline.closePath();
    return outline;
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Frees the engines. */
  @Override
  public void close() {
    pool.ifPresent(EnginePool::close);
  }

  /** One orientation's reading; one that ran out of time was noise, and other turns will be too. */
  private record Attempt(
      Map<FrontField, Evidence<String>> fields, int valid, String text, boolean timedOut) {
    double confidence() {
      return fields.values().stream().mapToDouble(Evidence::confidence).sum();
    }

    boolean betterThan(Attempt other) {
      return valid() != other.valid() ? valid() > other.valid() : confidence() > other.confidence();
    }

    /**
     * The fields a licence check turns on; when one is missing or unsure, a second reading is worth
     * it.
     */
    boolean lacksKeyFields() {
      return KEY_FIELDS.stream()
          .anyMatch(
              f -> !fields.containsKey(f) || !Confidence.confident(fields.get(f).confidence()));
    }

    /**
     * Per field, the more confident of two readings of the same card (the rectified card and the
     * photo). Two readings that disagree on a value make it unsure, whatever each claimed alone.
     */
    Attempt mergedWith(Attempt other) {
      Map<FrontField, Evidence<String>> merged = new EnumMap<>(FrontField.class);
      merged.putAll(betterThan(other) ? other.fields : fields);
      (betterThan(other) ? fields : other.fields)
          .forEach((f, e) -> merged.merge(f, e, FrontReader::reconcile));
      // Both texts: a value one reading failed to tie to its label may stand in the other's lines.
      String both = betterThan(other) ? text + "\n" + other.text : other.text + "\n" + text;
      return new Attempt(
          merged, Math.max(valid, other.valid), both.strip(), timedOut || other.timedOut);
    }
  }

  /**
   * One field read twice: the more confident value; unsure when the other reading is confident too
   * and differs (a weak reading of noise does not overrule a sure one).
   */
  static Evidence<String> reconcile(Evidence<String> a, Evidence<String> b) {
    boolean bSurer = b.confidence() > a.confidence();
    Evidence<String> more = bSurer ? b : a;
    Evidence<String> less = bSurer ? a : b;
    if (a.value().equals(b.value()) || !Confidence.confident(less.confidence())) {
      return more;
    }
    return new Evidence<>(
        more.value(), more.source(), Math.min(more.confidence(), Confidence.DISAGREEING));
  }

  private static final List<FrontField> KEY_FIELDS =
      List.of(
          FrontField.DATE_OF_BIRTH,
          FrontField.EXPIRATION_DATE,
          FrontField.LICENSE_NUMBER,
          FrontField.LAST_NAME,
          FrontField.FIRST_NAME);
}
