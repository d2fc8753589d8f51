package onramp.documents.i9;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import onramp.documents.Source;

/**
 * Reads a page image of the official form by position: each field's box on the blank form, scaled
 * to the image, is cropped, cleaned of the form's own ruling lines and recognised by Tesseract on
 * its own. A checkbox is read by how much ink lies inside it. The page may be tilted by up to 3°
 * ({@link Deskew}) and sit anywhere in the image at any scale ({@link PageFrame}); a phone photo
 * in perspective needs the model-backed reader.
 */
final class OcrPageReader implements I9PageReader {
  /** Share of a checkbox's inner area that a check mark inks; an empty box has ~0. */
  private static final double CHECKED_INK = 0.06;
  /** Document titles name USCIS forms "I-94", "I-551", which Tesseract tends to read "1-94". */
  private static final java.util.regex.Pattern FORM_NUMBER_READ_AS_ONE = java.util.regex.Pattern.compile("\\b[1l|]-(\\d{2,3}[A-Z]?)\\b");
  /** Less ink than about three square points (a full stop is one) is specks, not writing. */
  private static final double MIN_INK_POINTS = 3.0;
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
        readText(grey, f, frame.pixels(box, 1.0f), frame.scale()).ifPresent(r -> out.put(f, r));
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

  private java.util.Optional<FieldReading> readText(BufferedImage grey, I9Field f, Rectangle px, double scale) {
    BufferedImage crop = PageImages.crop(grey, px);
    PageImages.eraseRulings(crop);
    if (PageImages.ink(crop) < MIN_INK_POINTS * scale * scale) {
      return java.util.Optional.empty();
    }
    TesseractEngine.Mode mode = px.height / scale > 30 ? TesseractEngine.Mode.BLOCK
        : layout.maxLength(f) == 1 ? TesseractEngine.Mode.CHARACTER : TesseractEngine.Mode.LINE;
    TesseractEngine.Result r = engine.get().recognise(PageImages.forOcr(crop, dpi(scale)), mode, 300);
    String text = layout.isComb(f)
        ? r.text().replaceAll("[^A-Za-z0-9-]", "")
        : r.text().replace('|', 'I').replaceAll("\\s*\\n\\s*", " ");
    text = corrected(f, text);
    return java.util.Optional.of(new FieldReading(text, text.isBlank() ? 0.0 : r.confidence()));
  }

  /** Fixes Tesseract's usual confusions where the field leaves no doubt. */
  private String corrected(I9Field f, String text) {
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

  static Supplier<TesseractEngine> lazyEngine() {
    return new Supplier<>() {
      private volatile TesseractEngine instance;

      @Override
      public TesseractEngine get() {
        TesseractEngine e = instance;
        if (e == null) {
          synchronized (this) {
            if (instance == null) {
              instance = new TesseractEngine();
            }
            e = instance;
          }
        }
        return e;
      }
    };
  }
}
