package onramp.documents.i9;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import onramp.documents.Source;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a page image of the official form by position: each field's box on the blank form, scaled
 * to the image, is cropped, cleaned of the form's own ruling lines and recognised by Tesseract on
 * its own. A checkbox is read by how much ink lies inside it. The page may be tilted by up to 3°
 * ({@link Deskew}) and sit anywhere in the image at any scale ({@link PageFrame}); a phone photo
 * in perspective needs the model-backed reader.
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
  private static final java.util.regex.Pattern FORM_NUMBER_READ_AS_ONE = java.util.regex.Pattern.compile("\\b[1l|]-(\\d{2,3}[A-Z]?)\\b");
  /** A box taller than this many points holds a block of lines. */
  private static final double SINGLE_LINE_POINTS = 30;
  /** Less ink than about three square points (a full stop is one) is specks, not writing. */
  private static final double MIN_INK_POINTS = 3.0;
  /**
   * Writing this close to a box's right end (as a share of the box's height, about one letter
   * width at the size the form prints) may have been cut off there: either a letter is cut through,
   * or the next letter would have started past the end and is missing whole.
   */
  private static final float CLIP_ZONE_HEIGHTS = 0.6f;
  /** A glyph (or a sliver of one) at the box's end spans at least this many points of height; specks do not. */
  private static final double CLIPPED_GLYPH_POINTS = 2.0;
  /** What is left of a letter cut off at a box's end is at most this wide (a whole "I" in bold is wider). */
  private static final double SLIVER_POINTS = 1.2;
  /** Tesseract often reads a printed "N/A" as "NIA", "N1A" or "N|A". */
  private static final java.util.regex.Pattern SLASH_MISREAD_NA = java.util.regex.Pattern.compile("[Nn][Il1|][Aa]");

  private final Supplier<TesseractEngine> engine;
  private final FormLayout layout = FormLayout.official();

  OcrPageReader(Supplier<TesseractEngine> engine) {
    this.engine = engine;
  }

  @Override
  public Source source() {
    return Source.SCAN_OCR;
  }

  @Override
  public Map<I9Field, FieldReading> read(BufferedImage page, int pageNumber) {
    BufferedImage grey = Deskew.straighten(PageImages.grey(page));
    PageFrame frame = PageFrame.of(grey, pageNumber);
    Map<I9Field, FieldReading> out = new EnumMap<>(I9Field.class);
    for (I9Field f : layout.fieldsOn(pageNumber)) {
      Rectangle2D.Float box = layout.box(f);
      if (f.kind() == I9Field.Kind.CHECKBOX) {
        out.put(f, checkbox(grey, frame.pixels(box, box.width * 0.22f)));
      } else {
        boolean clipped = clippable(f) && reachesRightEnd(grey, frame, box);
        readText(grey, f, frame.pixels(box, 1.0f), frame.scale(), clipped)
            .map(r -> clipped ? r.asClipped() : r)
            .ifPresent(r -> out.put(f, r));
      }
    }
    return out;
  }

  @Override
  public String footer(BufferedImage page1) {
    BufferedImage grey = Deskew.straighten(PageImages.grey(page1));
    PageFrame frame = PageFrame.of(grey, 1);
    double scale = frame.scale();
    Rectangle2D.Float strip = new Rectangle2D.Float(20, FormLayout.PAGE_HEIGHT - 45, 300, 40);
    BufferedImage crop = PageImages.crop(grey, frame.pixels(strip, 0));
    // Small print with no comb lines: Tesseract's own thresholding does better than ours here.
    return engine.get().recognise(PageImages.padded(crop, dpi(scale)), TesseractEngine.Mode.BLOCK, 300).text();
  }

  private java.util.Optional<FieldReading> readText(BufferedImage grey, I9Field f, Rectangle px, double scale,
      boolean clipped) {
    BufferedImage crop = PageImages.crop(grey, px);
    PageImages.eraseRulings(crop);
    if (clipped) {
      PageImages.eraseSliverAtRight(crop, (int) Math.round(SLIVER_POINTS * scale), (int) Math.round(0.6 * scale));
    }
    if (PageImages.ink(crop) < MIN_INK_POINTS * scale * scale) {
      return java.util.Optional.empty();
    }
    TesseractEngine.Mode mode = px.height / scale > SINGLE_LINE_POINTS ? TesseractEngine.Mode.BLOCK
        : layout.maxLength(f) == 1 ? TesseractEngine.Mode.CHARACTER : TesseractEngine.Mode.LINE;
    int dpi = dpi(scale);
    FieldReading reading = recognise(f, PageImages.forOcr(crop, dpi), mode);
    if (layout.isComb(f)) {
      FieldReading packed = PageImages.compacted(crop, (int) Math.ceil(scale * scale))
          .map(c -> recognise(f, PageImages.forOcr(c, dpi), TesseractEngine.Mode.LINE))
          .orElse(FieldReading.certain(""));
      reading = TwoReadings.reconcile(f, reading, packed, layout);
    } else if (!reading.text().isBlank() && reading.confidence() < FieldValue.LOW_CONFIDENCE) {
      reading = TwoReadings.reconcile(f, reading, recognise(f, PageImages.padded(crop, dpi), mode), layout);
    }
    return java.util.Optional.of(reading);
  }

  /** One Tesseract reading of a prepared crop (upscaled toward 300 dpi), cleaned up for the field. */
  private FieldReading recognise(I9Field f, BufferedImage image, TesseractEngine.Mode mode) {
    TesseractEngine.Result r = engine.get().recognise(image, mode, 300);
    String text = layout.isComb(f)
        ? r.text().replaceAll("[^A-Za-z0-9-]", "")
        : r.text().replace('|', 'I').replaceAll("\\s*\\n\\s*", " ");
    text = corrected(f, text);
    return new FieldReading(text, text.isBlank() ? 0.0 : r.confidence());
  }

  /**
   * Whether writing reaches the right end of a text box, where the form's appearance cuts off
   * what does not fit (a very long last name shows as "MONTGOMERY-FITZWILLIAM-A" and perhaps a
   * sliver of the next letter). The strip looked at is the last letter's width of the box, without
   * its top and bottom borders; the box's right border is erased as a ruling.
   */
  private static boolean reachesRightEnd(BufferedImage grey, PageFrame frame, Rectangle2D.Float box) {
    float zone = CLIP_ZONE_HEIGHTS * box.height;
    Rectangle2D.Float end = new Rectangle2D.Float(box.x + box.width - zone, box.y + 1, zone, box.height - 2);
    BufferedImage strip = PageImages.crop(grey, frame.pixels(end, 0));
    PageImages.eraseVerticalRulings(strip);
    return PageImages.inkedRows(strip) >= CLIPPED_GLYPH_POINTS * frame.scale();
  }

  /** One line of free text, which may be longer than its box; not combs, choices or single characters. */
  private boolean clippable(I9Field f) {
    return f.kind() == I9Field.Kind.TEXT && !layout.isComb(f) && layout.maxLength(f) != 1
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
    if (layout.maxLength(f) == 1 && text.length() == 2 && text.substring(0, 1).equalsIgnoreCase(text.substring(1))) {
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
   * One engine on the model at {@code location}, made on first use. When the model is missing the
   * first use fails with {@link OcrUnavailableException} and so does every later one, without
   * looking again.
   */
  static Supplier<TesseractEngine> lazyEngine(Supplier<Path> location) {
    return new Supplier<>() {
      private @Nullable TesseractEngine instance;
      private @Nullable OcrUnavailableException failure;

      @Override
      public synchronized TesseractEngine get() {
        if (instance == null && failure == null) {
          try {
            instance = TesseractEngine.open(location.get());
          } catch (OcrUnavailableException e) {
            log.warn("Form I-9 OCR is off: {}", e.getMessage());
            failure = e;
          }
        }
        if (instance == null) {
          throw new OcrUnavailableException(java.util.Objects.requireNonNull(failure).getMessage(), failure);
        }
        return instance;
      }
    };
  }

  /** The engine on the configured model ({@link TesseractEngine#configured()}). */
  static Supplier<TesseractEngine> lazyEngine() {
    return lazyEngine(TesseractEngine::configured);
  }
}
