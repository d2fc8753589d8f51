package onramp.documents.front;

import static org.bytedeco.tesseract.global.tesseract.OEM_LSTM_ONLY;
import static org.bytedeco.tesseract.global.tesseract.PSM_AUTO;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_LINE;
import static org.bytedeco.tesseract.global.tesseract.PSM_SPARSE_TEXT;
import static org.bytedeco.tesseract.global.tesseract.RIL_SYMBOL;
import static org.bytedeco.tesseract.global.tesseract.RIL_WORD;
import static org.bytedeco.tesseract.global.tesseract.TessDeleteText;
import static org.bytedeco.tesseract.global.tesseract.TessResultIteratorDelete;

import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import onramp.documents.ocr.CpuClock;
import onramp.documents.ocr.Recognition;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * One initialised Tesseract; not thread-safe (neither is TessBaseAPI), so {@link EnginePool} lends
 * each to one thread at a time. Sparse-text mode for the whole card, because a card is scattered
 * fields, not a page; single-line mode to look again at one field's place. No character whitelist:
 * with one, the LSTM model dropped the spaces between words (measured).
 */
final class OcrEngine implements AutoCloseable {
  /**
   * Recognition is cancelled when it has used this much CPU time of the calling thread: a card's
   * page takes 100–300 ms, but noise can keep Tesseract busy for seconds, and a photo must not hold
   * a request thread that long. CPU time, not wall time, so that a card read on an idle machine is
   * read the same on a busy one (with a wall-clock deadline, cards timed out under load and were
   * taken for noise).
   */
  static final Budget STANDARD = new Budget(Duration.ofMillis(2500), Duration.ofMillis(600), 4);

  /**
   * CPU time a page and a line recognition may use, and the wall-clock deadline as a multiple of
   * it: the last resort that still ends a call whose thread gets almost no CPU.
   */
  record Budget(Duration page, Duration line, int wallFactor) {
    Budget {
      if (page.isNegative()
          || page.isZero()
          || line.isNegative()
          || line.isZero()
          || wallFactor < 1) {
        throw new IllegalArgumentException(
            "budgets must be positive and the wall factor at least 1");
      }
    }
  }

  private final TessBaseAPI api;
  private final Budget budget;
  private final CpuClock clock;
  private boolean timedOut;
  private long lastCpuNanos;

  private OcrEngine(TessBaseAPI api, Budget budget, CpuClock clock) {
    this.api = api;
    this.budget = budget;
    this.clock = clock;
  }

  static OcrEngine open(Path tessdata) {
    return open(tessdata, STANDARD, CpuClock.STANDARD);
  }

  /** With other budgets, or a clock that stands in for a busy or stalled thread: for tests. */
  static OcrEngine open(Path tessdata, Budget budget, CpuClock clock) {
    TessBaseAPI api = new TessBaseAPI();
    if (api.Init(tessdata.toString(), "eng", OEM_LSTM_ONLY) != 0) {
      api.close();
      throw new IllegalStateException("Tesseract could not load eng from " + tessdata);
    }
    api.SetVariable("debug_file", "/dev/null");
    api.SetVariable("user_defined_dpi", "300");
    return new OcrEngine(api, budget, clock);
  }

  /** Words of an 8-bit grey image, row-major, one byte per pixel. */
  List<OcrWord> words(byte[] grey, int width, int height) {
    api.SetPageSegMode(PSM_SPARSE_TEXT);
    api.SetImage(grey, width, height, 1, width);
    return recognise(budget.page());
  }

  /**
   * One plain pass as the {@code tesseract} command makes it (automatic page segmentation, no
   * preprocessing, no budget): the floor the reader's benchmark measures itself against.
   */
  String plainText(byte[] grey, int width, int height) {
    api.SetPageSegMode(PSM_AUTO);
    api.SetImage(grey, width, height, 1, width);
    BytePointer text = api.GetUTF8Text();
    try {
      return text == null || text.isNull() ? "" : text.getString(StandardCharsets.UTF_8);
    } finally {
      if (text != null && !text.isNull()) {
        TessDeleteText(text);
      }
      api.Clear();
    }
  }

  /** Words of one line of text inside {@code region} of the image; boxes in image coordinates. */
  List<OcrWord> line(byte[] grey, int width, int height, Rectangle region) {
    Rectangle r = region.intersection(new Rectangle(width, height));
    if (r.width < 4 || r.height < 4) {
      return List.of();
    }
    api.SetPageSegMode(PSM_SINGLE_LINE);
    api.SetImage(grey, width, height, 1, width);
    api.SetRectangle(r.x, r.y, r.width, r.height);
    return recognise(budget.line());
  }

  /**
   * Iterates symbols as well as words: the word confidence Tesseract reports drops for punctuation
   * such as the quotes in 5'-09", so a word with punctuation gets the mean confidence of its
   * letters and digits instead (symbol confidences run higher, so only there).
   */
  private List<OcrWord> recognise(Duration cpuBudget) {
    api.SetSourceResolution(300);
    List<OcrWord> words = new ArrayList<>();
    long wallMillis = Math.min(Integer.MAX_VALUE, cpuBudget.toMillis() * budget.wallFactor());
    Recognition recognition = Recognition.run(api, clock, cpuBudget.toNanos(), wallMillis);
    timedOut = recognition.timedOut();
    lastCpuNanos = recognition.cpuNanos();
    if (!recognition.ok()) {
      api.Clear();
      return words;
    }
    ResultIterator it = api.GetIterator();
    if (it == null) {
      api.Clear();
      return words;
    }
    try {
      int[] l = new int[1], t = new int[1], r = new int[1], b = new int[1];
      WordBuilder word = null;
      do {
        if (it.IsAtBeginningOf(RIL_WORD)) {
          if (word != null) {
            word.build().ifPresent(words::add);
          }
          word = new WordBuilder(text(it, RIL_WORD), it.Confidence(RIL_WORD));
          if (it.BoundingBox(RIL_WORD, l, t, r, b)) {
            word.box(l[0], t[0], r[0], b[0]);
          }
        }
        if (word != null) {
          word.symbol(text(it, RIL_SYMBOL), it.Confidence(RIL_SYMBOL));
        }
      } while (it.Next(RIL_SYMBOL));
      if (word != null) {
        word.build().ifPresent(words::add);
      }
    } finally {
      TessResultIteratorDelete(it);
      api.Clear();
    }
    return words;
  }

  /**
   * Whether the last recognition was cancelled: its CPU budget spent, or (last resort) its
   * wall-clock deadline passed. Noise, not a card.
   */
  boolean timedOut() {
    return timedOut;
  }

  /** CPU time the last recognition used, by this engine's clock. */
  long lastCpuNanos() {
    return lastCpuNanos;
  }

  private static String text(ResultIterator it, int level) {
    BytePointer text = it.GetUTF8Text(level);
    if (text == null || text.isNull()) {
      return "";
    }
    try {
      return text.getString(StandardCharsets.UTF_8).strip();
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
    private int[] box;
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

    java.util.Optional<OcrWord> build() {
      if (text.isEmpty() || box == null) {
        return java.util.Optional.empty();
      }
      float confidence =
          punctuation && alnum > 0 ? (float) (alnumConfidence / alnum) : wordConfidence;
      return java.util.Optional.of(new OcrWord(text, confidence, box[0], box[1], box[2], box[3]));
    }
  }
}
