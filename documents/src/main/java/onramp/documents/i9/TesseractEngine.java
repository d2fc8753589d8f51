package onramp.documents.i9;

import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_BLOCK;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_CHAR;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_LINE;
import static org.bytedeco.tesseract.global.tesseract.RIL_WORD;
import static org.bytedeco.tesseract.global.tesseract.TessDeleteText;
import static org.bytedeco.tesseract.global.tesseract.TessResultIteratorDelete;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import onramp.documents.front.Tessdata;
import onramp.documents.ocr.CpuBudget;
import onramp.documents.ocr.Recognition;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * One Tesseract instance (JavaCPP), used by one thread at a time. Recognises a grey image and
 * returns its words with their boxes and confidences, or its text with Tesseract's mean word
 * confidence. Every recognition spends the page's {@link CpuBudget} (CPU time of the reading
 * thread, {@link Recognition}) and is cancelled when it is spent. Needs {@code eng.traineddata},
 * looked up as the licence-front reader does ({@link Tessdata}): system property {@code
 * onramp.tessdata}, else environment variable {@code TESSDATA_PREFIX}, else Debian's {@code
 * tesseract-ocr-eng} folders, else the copy in the jar. Each may name the tessdata folder itself or
 * its parent. A location that is configured but lacks the model is not silently replaced by another
 * one.
 */
final class TesseractEngine {
  static final String PROPERTY = Tessdata.PROPERTY;
  static final String ENVIRONMENT = Tessdata.ENVIRONMENT;
  static final String MODEL = Tessdata.MODEL;

  /** The wall-clock deadline of a recognition, as a multiple of the CPU time it has left. */
  static final int WALL_FACTOR = 4;

  private final TessBaseAPI api = new TessBaseAPI();

  /** Text and mean word confidence; {@code timedOut} when the budget ran out first (then empty). */
  record Result(String text, double confidence, boolean timedOut) {
    Result(String text, double confidence) {
      this(text, confidence, false);
    }
  }

  /** One recognised word, its box in the image's pixels and its confidence (0..1). */
  record Word(String text, double confidence, int left, int top, int right, int bottom) {
    double centreY() {
      return (top + bottom) / 2.0;
    }
  }

  /**
   * The words of an image in Tesseract's reading order; {@code timedOut} when the budget ran out
   * first (then none).
   */
  record Words(List<Word> words, boolean timedOut) {}

  /** How Tesseract should segment the image. */
  enum Mode {
    CHARACTER(PSM_SINGLE_CHAR),
    LINE(PSM_SINGLE_LINE),
    BLOCK(PSM_SINGLE_BLOCK);

    private final int psm;

    Mode(int psm) {
      this.psm = psm;
    }
  }

  private TesseractEngine(Path modelFolder) {
    if (api.Init(modelFolder.toString(), "eng") != 0) {
      api.close();
      throw new OcrUnavailableException(
          "Tesseract could not start with "
              + modelFolder.resolve(MODEL)
              + "; check that the file is a Tesseract 4/5 model. Scanned and flattened Form I-9s cannot be read by OCR"
              + " until then.");
    }
    api.SetVariable("debug_file", "/dev/null");
  }

  /**
   * An engine on the model in {@code location} (the tessdata folder or its parent).
   *
   * @throws OcrUnavailableException the model is not there, or Tesseract will not start with it
   */
  static TesseractEngine open(Path location) {
    Path folder =
        resolve(location)
            .orElseThrow(
                () ->
                    new OcrUnavailableException(
                        "no "
                            + MODEL
                            + " in "
                            + location
                            + ": point -D"
                            + PROPERTY
                            + " or "
                            + ENVIRONMENT
                            + " at a tessdata folder that has it (or unset them to use the"
                            + " model shipped in the jar). Scanned and flattened Form I-9s cannot be read by OCR until then."));
    try {
      return new TesseractEngine(folder);
    } catch (LinkageError e) {
      throw new OcrUnavailableException(
          "Tesseract's native libraries do not load on this platform ("
              + e.getMessage()
              + "). Scanned and flattened Form I-9s cannot be read by OCR until then.",
          e);
    }
  }

  static Path configured() {
    return Tessdata.configured();
  }

  static Optional<Path> resolve(Path location) {
    return Tessdata.resolve(location);
  }

  /** The text of a small image (one field) and Tesseract's mean word confidence. */
  synchronized Result recognise(BufferedImage grey, Mode mode, int dpi, CpuBudget budget) {
    if (!recognised(grey, mode, dpi, budget)) {
      return new Result("", 0, true);
    }
    BytePointer text = api.GetUTF8Text();
    try {
      String s = text == null ? "" : text.getString(StandardCharsets.UTF_8);
      int conf = api.MeanTextConf();
      return new Result(s.strip(), Math.max(0, Math.min(100, conf)) / 100.0);
    } finally {
      if (text != null) {
        text.deallocate();
      }
      api.Clear();
    }
  }

  /** Every word of an image, with its box, in reading order. */
  synchronized Words words(BufferedImage grey, Mode mode, int dpi, CpuBudget budget) {
    if (!recognised(grey, mode, dpi, budget)) {
      return new Words(List.of(), true);
    }
    List<Word> words = new ArrayList<>();
    ResultIterator it = api.GetIterator();
    if (it == null) {
      api.Clear();
      return new Words(words, false);
    }
    try {
      int[] l = new int[1], t = new int[1], r = new int[1], b = new int[1];
      do {
        BytePointer text = it.GetUTF8Text(RIL_WORD);
        if (text == null || text.isNull()) {
          continue;
        }
        String s;
        try {
          s = text.getString(StandardCharsets.UTF_8).strip();
        } finally {
          TessDeleteText(text);
        }
        if (!s.isEmpty() && it.BoundingBox(RIL_WORD, l, t, r, b)) {
          double conf = Math.max(0, Math.min(100, it.Confidence(RIL_WORD))) / 100.0;
          words.add(new Word(s, conf, l[0], t[0], r[0], b[0]));
        }
      } while (it.Next(RIL_WORD));
    } finally {
      TessResultIteratorDelete(it);
      api.Clear();
    }
    return new Words(words, false);
  }

  /** Sets the image and recognises it within what is left of the budget; false when it ran out. */
  private boolean recognised(BufferedImage grey, Mode mode, int dpi, CpuBudget budget) {
    long left = budget.remainingNanos();
    if (left <= 0) {
      return false;
    }
    int w = grey.getWidth();
    int h = grey.getHeight();
    byte[] pixels = new byte[w * h];
    grey.getRaster().getDataElements(0, 0, w, h, pixels);
    api.SetPageSegMode(mode.psm);
    api.SetImage(pixels, w, h, 1, w);
    api.SetSourceResolution(dpi);
    Recognition r =
        Recognition.run(api, budget.clock(), left, Math.max(1, left / 1_000_000) * WALL_FACTOR);
    budget.charge(r.cpuNanos());
    if (!r.ok()) {
      api.Clear();
      return false;
    }
    return true;
  }
}
