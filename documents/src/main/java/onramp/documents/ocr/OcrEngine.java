package onramp.documents.ocr;

import static org.bytedeco.tesseract.global.tesseract.OEM_DEFAULT;
import static org.bytedeco.tesseract.global.tesseract.OEM_LSTM_ONLY;
import static org.bytedeco.tesseract.global.tesseract.PSM_AUTO;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_BLOCK;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_CHAR;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_LINE;
import static org.bytedeco.tesseract.global.tesseract.PSM_SPARSE_TEXT;
import static org.bytedeco.tesseract.global.tesseract.RIL_SYMBOL;
import static org.bytedeco.tesseract.global.tesseract.RIL_WORD;
import static org.bytedeco.tesseract.global.tesseract.TessDeleteText;
import static org.bytedeco.tesseract.global.tesseract.TessResultIteratorDelete;

import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;
import org.jspecify.annotations.Nullable;

/**
 * One initialised Tesseract (JavaCPP), the only one in the module: the licence-front and Form I-9
 * readers both read through it. Not thread-safe (neither is TessBaseAPI), so an {@link EnginePool}
 * lends each to one thread at a time. Every recognition spends a {@link CpuBudget} (CPU time of the
 * reading thread, {@link Recognition}) and is cancelled when it is spent. No character whitelist:
 * with one, the LSTM model dropped the spaces between words (measured).
 */
public final class OcrEngine implements AutoCloseable {
  /** How Tesseract starts. Each reader keeps the one it was tuned with. */
  public enum Setup {
    /** The LSTM recogniser only, images taken as 300 dpi unless told otherwise: licence fronts. */
    LSTM_AT_300_DPI(OEM_LSTM_ONLY, true),
    /** Tesseract's own default engine mode for the model: Form I-9 pages. */
    TESSERACT_DEFAULT(OEM_DEFAULT, false);

    private final int engineMode;
    private final boolean dpi300;

    Setup(int engineMode, boolean dpi300) {
      this.engineMode = engineMode;
      this.dpi300 = dpi300;
    }
  }

  /** How Tesseract segments what it is given. */
  public enum Segmentation {
    /** Scattered text, as on a card: fields, not a page. */
    SPARSE_TEXT(PSM_SPARSE_TEXT),
    SINGLE_BLOCK(PSM_SINGLE_BLOCK),
    SINGLE_LINE(PSM_SINGLE_LINE),
    SINGLE_CHARACTER(PSM_SINGLE_CHAR);

    private final int psm;

    Segmentation(int psm) {
      this.psm = psm;
    }
  }

  /** How a recognition ended. */
  public enum Outcome {
    RECOGNISED,
    /** Cancelled: its CPU budget was spent, or (last resort) its wall-clock deadline passed. */
    TIMED_OUT,
    /** Tesseract failed for another reason. */
    FAILED
  }

  /** The words of an image in Tesseract's reading order; none unless {@link Outcome#RECOGNISED}. */
  public record Words(List<OcrWord> words, Outcome outcome) {
    static Words none(Outcome outcome) {
      return new Words(List.of(), outcome);
    }

    public boolean recognised() {
      return outcome == Outcome.RECOGNISED;
    }

    public boolean timedOut() {
      return outcome == Outcome.TIMED_OUT;
    }
  }

  /**
   * The text of an image and Tesseract's mean word confidence (0..1); blank unless {@link
   * Outcome#RECOGNISED}.
   */
  public record Text(String text, double confidence, Outcome outcome) {
    public boolean recognised() {
      return outcome == Outcome.RECOGNISED;
    }
  }

  private final TessBaseAPI api;

  private OcrEngine(TessBaseAPI api) {
    this.api = api;
  }

  /**
   * An engine on the English model in {@code modelFolder} (the folder that holds {@code
   * eng.traineddata}, see {@link Tessdata#resolve}).
   *
   * @throws OcrUnavailableException Tesseract will not start with the model there
   * @throws LinkageError Tesseract's native libraries do not load on this platform
   */
  public static OcrEngine open(Path modelFolder, Setup setup) {
    TessBaseAPI api = new TessBaseAPI();
    if (api.Init(modelFolder.toString(), "eng", setup.engineMode) != 0) {
      api.close();
      throw new OcrUnavailableException(
          "Tesseract could not load eng from " + modelFolder.resolve(Tessdata.MODEL));
    }
    api.SetVariable("debug_file", "/dev/null");
    if (setup.dpi300) {
      api.SetVariable("user_defined_dpi", "300");
    }
    return new OcrEngine(api);
  }

  /** Every word of the image, with its box, in reading order. */
  public Words words(OcrImage image, Segmentation mode, int dpi, CpuBudget budget) {
    api.SetPageSegMode(mode.psm);
    api.SetImage(image.grey(), image.width(), image.height(), 1, image.width());
    return words(dpi, budget);
  }

  /**
   * The words of one line of text inside {@code region} of the image, boxes in image coordinates;
   * none when the region is less than 4 pixels either way once cut to the image.
   */
  public Words line(OcrImage image, Rectangle region, int dpi, CpuBudget budget) {
    Rectangle r = region.intersection(new Rectangle(image.width(), image.height()));
    if (r.width < 4 || r.height < 4) {
      return Words.none(Outcome.RECOGNISED);
    }
    api.SetPageSegMode(PSM_SINGLE_LINE);
    api.SetImage(image.grey(), image.width(), image.height(), 1, image.width());
    api.SetRectangle(r.x, r.y, r.width, r.height);
    return words(dpi, budget);
  }

  /** The text of a small image (one field) and Tesseract's mean word confidence. */
  public Text text(OcrImage image, Segmentation mode, int dpi, CpuBudget budget) {
    api.SetPageSegMode(mode.psm);
    api.SetImage(image.grey(), image.width(), image.height(), 1, image.width());
    Outcome outcome = recognise(dpi, budget);
    if (outcome != Outcome.RECOGNISED) {
      return new Text("", 0, outcome);
    }
    try {
      String text = utf8(api.GetUTF8Text());
      int conf = api.MeanTextConf();
      return new Text(text.strip(), Math.max(0, Math.min(100, conf)) / 100.0, outcome);
    } finally {
      api.Clear();
    }
  }

  /**
   * One plain pass as the {@code tesseract} command makes it (automatic page segmentation, no
   * preprocessing, no budget): the floor the licence-front benchmark measures the reader against.
   */
  public String plainText(OcrImage image) {
    api.SetPageSegMode(PSM_AUTO);
    api.SetImage(image.grey(), image.width(), image.height(), 1, image.width());
    try {
      return utf8(api.GetUTF8Text());
    } finally {
      api.Clear();
    }
  }

  /**
   * Iterates symbols as well as words, so that a word with punctuation can also be given the mean
   * confidence of its letters and digits ({@link OcrWord#confidence()}).
   */
  private Words words(int dpi, CpuBudget budget) {
    Outcome outcome = recognise(dpi, budget);
    if (outcome != Outcome.RECOGNISED) {
      return Words.none(outcome);
    }
    List<OcrWord> words = new ArrayList<>();
    ResultIterator it = api.GetIterator();
    if (it == null) {
      api.Clear();
      return new Words(words, outcome);
    }
    try {
      int[] l = new int[1];
      int[] t = new int[1];
      int[] r = new int[1];
      int[] b = new int[1];
      WordBuilder word = null;
      do {
        if (it.IsAtBeginningOf(RIL_WORD)) {
          if (word != null) {
            word.build().ifPresent(words::add);
          }
          word = new WordBuilder(utf8(it.GetUTF8Text(RIL_WORD)).strip(), it.Confidence(RIL_WORD));
          if (it.BoundingBox(RIL_WORD, l, t, r, b)) {
            word.box(l[0], t[0], r[0], b[0]);
          }
        }
        if (word != null) {
          word.symbol(utf8(it.GetUTF8Text(RIL_SYMBOL)).strip(), it.Confidence(RIL_SYMBOL));
        }
      } while (it.Next(RIL_SYMBOL));
      if (word != null) {
        word.build().ifPresent(words::add);
      }
    } finally {
      TessResultIteratorDelete(it);
      api.Clear();
    }
    return new Words(words, outcome);
  }

  /**
   * Recognises the image already set within what is left of the budget, and charges the budget.
   * Clears the engine unless the image was recognised.
   */
  private Outcome recognise(int dpi, CpuBudget budget) {
    long left = budget.remainingNanos();
    if (left <= 0) {
      api.Clear();
      return Outcome.TIMED_OUT;
    }
    api.SetSourceResolution(dpi);
    Recognition recognition = Recognition.run(api, budget.clock(), left, budget.wallMillis());
    budget.charge(recognition.cpuNanos());
    if (recognition.ok()) {
      return Outcome.RECOGNISED;
    }
    api.Clear();
    return recognition.timedOut() ? Outcome.TIMED_OUT : Outcome.FAILED;
  }

  /** The text Tesseract returned, freed; blank when there is none. */
  private static String utf8(@Nullable BytePointer text) {
    if (text == null || text.isNull()) {
      return "";
    }
    try {
      return text.getString(StandardCharsets.UTF_8);
    } finally {
      TessDeleteText(text);
    }
  }

  @Override
  public void close() {
    api.End();
    api.close();
  }

  /** Collects one word's symbols while the iterator walks them. */
  private static final class WordBuilder {
    private final String text;
    private final float wordConfidence;
    private int @Nullable [] box;
    private double alnumConfidence;
    private int alnum;
    private boolean punctuation;

    WordBuilder(String text, float wordConfidence) {
      this.text = text;
      this.wordConfidence = wordConfidence;
    }

    void box(int left, int top, int right, int bottom) {
      box = new int[] {left, top, right, bottom};
    }

    void symbol(String symbol, float confidence) {
      if (symbol.isEmpty()) {
        return;
      }
      if (Character.isLetterOrDigit(symbol.codePointAt(0))) {
        alnumConfidence += confidence;
        alnum++;
      } else {
        punctuation = true;
      }
    }

    Optional<OcrWord> build() {
      int[] b = box;
      if (text.isEmpty() || b == null) {
        return Optional.empty();
      }
      float confidence =
          punctuation && alnum > 0 ? (float) (alnumConfidence / alnum) : wordConfidence;
      return Optional.of(new OcrWord(text, confidence, wordConfidence, b[0], b[1], b[2], b[3]));
    }
  }
}
