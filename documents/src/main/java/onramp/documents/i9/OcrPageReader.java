package onramp.documents.i9;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import onramp.documents.Confidence;
import onramp.documents.Source;
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
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a page image of the official form by position: each field's box on the blank form, scaled
 * to the image, is cropped and cleaned of the form's own ruling lines; the fields of a page are
 * recognised together in one Tesseract pass (see {@link #read}). A checkbox is read by how much ink
 * lies inside it. The page may be tilted by up to 3° ({@link Deskew#ruledAngle}) and sit anywhere
 * in the image at any scale ({@link PageFrame}); a photo of the page on a desk is rectified before
 * it comes here ({@link PagePhoto}).
 *
 * <p>A field is read a second way when one reading is not enough ({@link TwoReadings} decides
 * between the two): a comb field (the SSN) always, with its characters packed together, since
 * Tesseract is unsure of characters spaced a cell apart; any other field when the first reading is
 * unsure, in grey levels instead of black and white. Writing that reaches the right end of its box
 * is marked {@link FieldReading#clipped()}: the form cuts off what does not fit.
 */
final class OcrPageReader implements I9PageReader {
  private static final Logger log = LoggerFactory.getLogger(OcrPageReader.class);

  /** Share of a checkbox's inner area that a check mark inks; an empty box has ~0. */
  private static final double CHECKED_INK = 0.06;

  /** Document titles name USCIS forms "I-94", "I-551", which Tesseract tends to read "1-94". */
  private static final java.util.regex.Pattern FORM_NUMBER_READ_AS_ONE =
      java.util.regex.Pattern.compile("\\b[1l|]-(\\d{2,3}[A-Z]?)\\b");

  /** A box taller than this many points holds a block of lines. */
  private static final double SINGLE_LINE_POINTS = 30;

  /** Less ink than about three square points (a full stop is one) is specks, not writing. */
  private static final double MIN_INK_POINTS = 3.0;

  /**
   * Writing this close to a box's right end (as a share of the box's height, about one letter width
   * at the size the form prints) may have been cut off there: either a letter is cut through, or
   * the next letter would have started past the end and is missing whole.
   */
  private static final float CLIP_ZONE_HEIGHTS = 0.6f;

  /**
   * A glyph (or a sliver of one) at the box's end spans at least this many points of height; specks
   * do not.
   */
  private static final double CLIPPED_GLYPH_POINTS = 2.0;

  /**
   * What is left of a letter cut off at a box's end is at most this wide (a whole "I" in bold is
   * wider).
   */
  private static final double SLIVER_POINTS = 1.2;

  /** Tesseract often reads a printed "N/A" as "NIA", "N1A" or "N|A". */
  private static final java.util.regex.Pattern SLASH_MISREAD_NA =
      java.util.regex.Pattern.compile("[Nn][Il1|][Aa]");

  /**
   * White rows between two fields on the sheet recognised in one pass (plus each field's own
   * margin).
   */
  private static final int SHEET_GAP = 24;

  /**
   * CPU time of the reading thread that the recognitions of one page may use: a page takes 0.2–0.6
   * s at 200–300 dpi.
   */
  static final Duration PAGE_BUDGET = Duration.ofMillis(2500);

  /** The resolution Tesseract is told the prepared images have. */
  private static final int DPI = 300;

  /**
   * Engines reading Form I-9 pages at once: one, as before the pool, so every page is read by an
   * engine with the same history. Tesseract's default engine mode may run its legacy classifier,
   * which adapts to what it has read; that more engines read every page the same is not measured.
   */
  private static final int ENGINES = 1;

  private static final String CONSEQUENCE =
      "Scanned and flattened Form I-9s cannot be read by OCR until then.";

  private final Supplier<EnginePool> engines;
  private final Duration pageBudget;
  private final CpuClock clock;
  private final FormLayout layout = FormLayout.official();

  /**
   * Page 1's footer as read in the same pass as its fields, so {@link #footer} costs nothing more.
   */
  private final Map<BufferedImage, String> footers =
      Collections.synchronizedMap(new WeakHashMap<>());

  OcrPageReader(Supplier<EnginePool> engines) {
    this(engines, PAGE_BUDGET, CpuClock.STANDARD);
  }

  /** With another CPU budget per page, or a clock that stands in for a busy thread: for tests. */
  OcrPageReader(Supplier<EnginePool> engines, Duration pageBudget, CpuClock clock) {
    this.engines = engines;
    this.pageBudget = pageBudget;
    this.clock = clock;
  }

  @Override
  public Source source() {
    return Source.SCAN_OCR;
  }

  /** A text field with ink, cleaned and waiting for its reading from the page's pass. */
  private record Pending(
      I9Field field,
      BufferedImage crop,
      Segmentation mode,
      boolean clipped,
      int slot,
      int packedSlot) {}

  /**
   * Every field with ink is cleaned and laid on one sheet, and the sheet is recognised in one
   * Tesseract pass whose words go back to their fields by position; the SSN comb goes on the sheet
   * twice (as printed and packed), and page 1's footer once. A field looks again on its own only
   * when the pass left it unsure (in grey levels) or found nothing in its ink (in its own
   * segmentation mode). The page may use {@link #PAGE_BUDGET} of the thread's CPU time: when the
   * pass cannot finish within it the page is unreadable ({@link ReadBudgetSpent}); second looks
   * that no longer fit are left out and their fields stay unsure.
   */
  @Override
  public Map<I9Field, FieldReading> read(BufferedImage page, int pageNumber) {
    CpuBudget budget = CpuBudget.of(pageBudget, clock);
    BufferedImage grey = Deskew.straightenRuled(PageImages.grey(page));
    PageFrame frame = PageFrame.of(grey, pageNumber);
    double scale = frame.scale();
    int dpi = dpi(scale);
    Map<I9Field, FieldReading> out = new EnumMap<>(I9Field.class);
    List<Pending> pending = new ArrayList<>();
    List<BufferedImage> sheet = new ArrayList<>();
    for (I9Field f : layout.fieldsOn(pageNumber)) {
      Rectangle2D.Float box = layout.box(f);
      if (f.kind() == I9Field.Kind.CHECKBOX) {
        out.put(f, checkbox(grey, frame.pixels(box, box.width * 0.22f)));
        continue;
      }
      boolean clipped = clippable(f) && reachesRightEnd(grey, frame, box);
      Rectangle px = frame.pixels(box, 1.0f);
      BufferedImage crop = PageImages.crop(grey, px);
      PageImages.eraseRulings(crop);
      if (clipped) {
        PageImages.eraseSliverAtRight(
            crop, (int) Math.round(SLIVER_POINTS * scale), (int) Math.round(0.6 * scale));
      }
      if (PageImages.ink(crop) < MIN_INK_POINTS * scale * scale) {
        continue;
      }
      Segmentation mode =
          px.height / scale > SINGLE_LINE_POINTS
              ? Segmentation.SINGLE_BLOCK
              : layout.maxLength(f) == 1 ? Segmentation.SINGLE_CHARACTER : Segmentation.SINGLE_LINE;
      int slot = sheet.size();
      sheet.add(PageImages.forOcr(crop, dpi));
      int packedSlot = -1;
      if (layout.isComb(f)) {
        java.util.Optional<BufferedImage> packed =
            PageImages.compacted(crop, (int) Math.ceil(scale * scale));
        if (packed.isPresent()) {
          packedSlot = sheet.size();
          sheet.add(PageImages.forOcr(packed.get(), dpi));
        }
      }
      pending.add(new Pending(f, crop, mode, clipped, slot, packedSlot));
    }
    int footerSlot = -1;
    if (pageNumber == 1) {
      footerSlot = sheet.size();
      BufferedImage strip = PageImages.padded(footerStrip(grey, frame), dpi);
      PageImages.binariseOtsu(strip);
      sheet.add(strip);
    }
    List<List<OcrWord>> words = pass(sheet, budget);
    for (Pending p : pending) {
      FieldReading reading = reading(p.field(), words.get(p.slot()));
      if (p.packedSlot() >= 0) {
        reading =
            TwoReadings.reconcile(
                p.field(), reading, reading(p.field(), words.get(p.packedSlot())), layout);
      }
      if (p.clipped() || reading.text().isBlank() || !Confidence.confident(reading.confidence())) {
        // Unsure, nothing read in the ink (a lone letter, say), or cut off by its box (where the
        // sliver check was tuned on single lines): the field is read on its own, as it was before
        // the one-pass sheet, when the page's budget still has room.
        reading = alone(p, scale, budget).orElse(reading);
      }
      out.put(p.field(), p.clipped() ? reading.asClipped() : reading);
    }
    if (footerSlot >= 0) {
      String footer = join(words.get(footerSlot), " ");
      if (Editions.fromText(footer, Edition.Basis.SCAN).isEmpty()) {
        // Small print the pass did not read as an edition: once more alone, in grey levels.
        footer =
            text(
                    PageImages.padded(footerStrip(grey, frame), dpi),
                    Segmentation.SINGLE_BLOCK,
                    budget)
                .text();
      }
      footers.put(page, footer);
    }
    return out;
  }

  @Override
  public String footer(BufferedImage page1) {
    String known = footers.get(page1);
    if (known != null) {
      return known;
    }
    CpuBudget budget = CpuBudget.of(pageBudget, clock);
    BufferedImage grey = Deskew.straightenRuled(PageImages.grey(page1));
    PageFrame frame = PageFrame.of(grey, 1);
    // Small print with no comb lines: Tesseract's own thresholding does better than ours here.
    return text(
            PageImages.padded(footerStrip(grey, frame), dpi(frame.scale())),
            Segmentation.SINGLE_BLOCK,
            budget)
        .text();
  }

  private static BufferedImage footerStrip(BufferedImage grey, PageFrame frame) {
    Rectangle2D.Float strip = new Rectangle2D.Float(20, FormLayout.PAGE_HEIGHT - 45, 300, 40);
    return PageImages.crop(grey, frame.pixels(strip, 0));
  }

  /**
   * The sheet's one Tesseract pass, its words handed back to the image each came from (by the
   * middle of the word's box).
   *
   * @throws ReadBudgetSpent the page's CPU budget ran out first
   */
  private List<List<OcrWord>> pass(List<BufferedImage> images, CpuBudget budget) {
    List<List<OcrWord>> out = new ArrayList<>();
    images.forEach(i -> out.add(new ArrayList<>()));
    if (images.isEmpty()) {
      return out;
    }
    int[] tops = new int[images.size()];
    BufferedImage sheet = PageImages.stacked(images, SHEET_GAP, tops);
    OcrImage pixels = OcrImage.of(sheet);
    OcrEngine.Words words =
        engines.get().with(e -> e.words(pixels, Segmentation.SINGLE_BLOCK, DPI, budget));
    if (!words.recognised()) {
      throw new ReadBudgetSpent(budget);
    }
    for (OcrWord w : words.words()) {
      double y = (w.top() + w.bottom()) / 2.0;
      for (int k = 0; k < images.size(); k++) {
        if (y >= tops[k] && y < tops[k] + images.get(k).getHeight()) {
          out.get(k).add(w);
          break;
        }
      }
    }
    return out;
  }

  /** A field's words as one reading: joined, cleaned up for the field, their mean confidence. */
  private FieldReading reading(I9Field f, List<OcrWord> words) {
    if (words.isEmpty()) {
      return FieldReading.certain("");
    }
    double confidence = words.stream().mapToDouble(OcrPageReader::confidence).average().orElse(0);
    return cleaned(f, join(words, " "), confidence);
  }

  /** Tesseract's own confidence in the word, as 0..1. */
  private static double confidence(OcrWord word) {
    return Math.max(0, Math.min(100, word.wordConfidence())) / 100.0;
  }

  private static String join(List<OcrWord> words, String separator) {
    return String.join(separator, words.stream().map(OcrWord::text).toList());
  }

  /**
   * The field read on its own: in its own segmentation mode, black and white; the SSN comb also
   * packed, any other field also in grey levels when the first reading is unsure; the two
   * reconciled ({@link TwoReadings}). Empty when the page's budget ran out first.
   */
  private java.util.Optional<FieldReading> alone(Pending p, double scale, CpuBudget budget) {
    I9Field f = p.field();
    int dpi = dpi(scale);
    java.util.Optional<FieldReading> first =
        look(f, PageImages.forOcr(p.crop(), dpi), p.mode(), budget);
    if (first.isEmpty()) {
      return first;
    }
    FieldReading reading = first.get();
    if (layout.isComb(f)) {
      java.util.Optional<BufferedImage> packed =
          PageImages.compacted(p.crop(), (int) Math.ceil(scale * scale));
      FieldReading second =
          packed
              .flatMap(c -> look(f, PageImages.forOcr(c, dpi), Segmentation.SINGLE_LINE, budget))
              .orElse(FieldReading.certain(""));
      return java.util.Optional.of(TwoReadings.reconcile(f, reading, second, layout));
    }
    if (!reading.text().isBlank() && !Confidence.confident(reading.confidence())) {
      FieldReading again =
          look(f, PageImages.padded(p.crop(), dpi), p.mode(), budget)
              .orElse(FieldReading.certain(""));
      return java.util.Optional.of(TwoReadings.reconcile(f, reading, again, layout));
    }
    return java.util.Optional.of(reading);
  }

  /**
   * One Tesseract reading of a prepared image of a field; empty when the page's budget has no room
   * left.
   */
  private java.util.Optional<FieldReading> look(
      I9Field f, BufferedImage image, Segmentation mode, CpuBudget budget) {
    OcrEngine.Text r = text(image, mode, budget);
    return r.recognised()
        ? java.util.Optional.of(cleaned(f, r.text(), r.confidence()))
        : java.util.Optional.empty();
  }

  /** The text of a prepared image, by an engine of the pool. */
  private OcrEngine.Text text(BufferedImage image, Segmentation mode, CpuBudget budget) {
    OcrImage pixels = OcrImage.of(image);
    return engines.get().with(e -> e.text(pixels, mode, DPI, budget));
  }

  /** Tesseract's text cleaned up for the field. */
  private FieldReading cleaned(I9Field f, String raw, double confidence) {
    String text =
        layout.isComb(f)
            ? raw.replaceAll("[^A-Za-z0-9-]", "")
            : raw.replace('|', 'I').replaceAll("\\s*\\n\\s*", " ");
    text = corrected(f, text);
    return new FieldReading(text, text.isBlank() ? 0.0 : confidence);
  }

  /**
   * Whether writing reaches the right end of a text box, where the form's appearance cuts off what
   * does not fit (a very long last name shows as "MONTGOMERY-FITZWILLIAM-A" and perhaps a sliver of
   * the next letter). The strip looked at is the last letter's width of the box, without its top
   * and bottom borders; the box's right border is erased as a ruling.
   */
  private static boolean reachesRightEnd(
      BufferedImage grey, PageFrame frame, Rectangle2D.Float box) {
    float zone = CLIP_ZONE_HEIGHTS * box.height;
    Rectangle2D.Float end =
        new Rectangle2D.Float(box.x + box.width - zone, box.y + 1, zone, box.height - 2);
    BufferedImage strip = PageImages.crop(grey, frame.pixels(end, 0));
    PageImages.eraseVerticalRulings(strip);
    return PageImages.inkedRows(strip) >= CLIPPED_GLYPH_POINTS * frame.scale();
  }

  /**
   * One line of free text, which may be longer than its box; not combs, choices or single
   * characters.
   */
  private boolean clippable(I9Field f) {
    return f.kind() == I9Field.Kind.TEXT
        && !layout.isComb(f)
        && layout.maxLength(f) != 1
        && layout.box(f).height <= SINGLE_LINE_POINTS;
  }

  /** Fixes Tesseract's usual confusions where the field leaves no doubt. */
  private String corrected(I9Field f, String text) {
    if (!layout.options(f).isEmpty()) {
      // A choice field holds one of the form's own values, all upper case ("CO", never "co").
      return text.toUpperCase(java.util.Locale.ROOT);
    }
    if (SLASH_MISREAD_NA.matcher(text).matches()) {
      return "N/A";
    }
    if (layout.maxLength(f) == 1
        && text.length() == 2
        && text.substring(0, 1).equalsIgnoreCase(text.substring(1))) {
      return text.substring(0, 1);
    }
    if (f.name().endsWith("_TITLE")) {
      return FORM_NUMBER_READ_AS_ONE.matcher(text).replaceAll("I-$1");
    }
    return text;
  }

  private static FieldReading checkbox(BufferedImage grey, Rectangle inner) {
    double ink = PageImages.inkShare(grey, inner);
    boolean checked = ink >= CHECKED_INK;
    double margin = Math.abs(ink - CHECKED_INK) / CHECKED_INK;
    return FieldReading.checkbox(checked, Math.min(1.0, 0.5 + margin / 2));
  }

  private static int dpi(double scale) {
    return (int) Math.round(scale * 72);
  }

  /**
   * The engines on the model at {@code location}, started on first use. When the model is missing
   * or Tesseract will not start, the first use fails with {@link OcrUnavailableException} and so
   * does every later one, without looking again.
   */
  static Supplier<EnginePool> lazyEngines(Supplier<Path> location) {
    return new Supplier<>() {
      private @Nullable EnginePool instance;
      private @Nullable OcrUnavailableException failure;

      @Override
      public synchronized EnginePool get() {
        if (instance == null && failure == null) {
          try {
            instance =
                EnginePool.start(
                    location.get(), OcrEngine.Setup.TESSERACT_DEFAULT, ENGINES, CONSEQUENCE);
          } catch (OcrUnavailableException e) {
            log.warn("Form I-9 OCR is off: {}", e.getMessage());
            failure = e;
          }
        }
        EnginePool started = instance;
        if (started == null) {
          throw new OcrUnavailableException(
              java.util.Objects.requireNonNull(failure).getMessage(), failure);
        }
        return started;
      }
    };
  }

  /** The engines on the configured model ({@link Tessdata#configured()}). */
  static Supplier<EnginePool> lazyEngines() {
    return lazyEngines(Tessdata::configured);
  }
}
