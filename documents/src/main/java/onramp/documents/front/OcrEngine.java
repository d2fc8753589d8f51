package onramp.documents.front;

import static org.bytedeco.tesseract.global.tesseract.OEM_LSTM_ONLY;
import static org.bytedeco.tesseract.global.tesseract.PSM_AUTO;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_LINE;
import static org.bytedeco.tesseract.global.tesseract.PSM_SPARSE_TEXT;
import static org.bytedeco.tesseract.global.tesseract.RIL_SYMBOL;
import static org.bytedeco.tesseract.global.tesseract.RIL_WORD;
import static org.bytedeco.tesseract.global.tesseract.TessDeleteText;
import static org.bytedeco.tesseract.global.tesseract.TessMonitorCreate;
import static org.bytedeco.tesseract.global.tesseract.TessMonitorDelete;
import static org.bytedeco.tesseract.global.tesseract.TessMonitorSetDeadlineMSecs;
import static org.bytedeco.tesseract.global.tesseract.TessResultIteratorDelete;

import java.awt.Rectangle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.tesseract.CANCEL_FUNC;
import org.bytedeco.tesseract.ETEXT_DESC;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * One initialised Tesseract; not thread-safe (neither is TessBaseAPI), so {@link EnginePool} lends
 * each to one thread at a time. Sparse-text mode for the whole card, because a card is scattered
 * fields, not a page; single-line mode to look again at one field's place. No character
 * whitelist: with one, the LSTM model dropped the spaces between words (measured).
 */
final class OcrEngine implements AutoCloseable {
  /**
   * Recognition is cancelled when it has used this much CPU time of the calling thread: a card's
   * page takes 100–300 ms, but noise can keep Tesseract busy for seconds, and a photo must not
   * hold a request thread that long. CPU time, not wall time, so that a card read on an idle
   * machine is read the same on a busy one (with a wall-clock deadline, cards timed out under
   * load and were taken for noise).
   */
  static final Budget STANDARD = new Budget(Duration.ofMillis(2500), Duration.ofMillis(600), 4);

  /**
   * CPU time a page and a line recognition may use, and the wall-clock deadline as a multiple of
   * it: the last resort that still ends a call whose thread gets almost no CPU.
   */
  record Budget(Duration page, Duration line, int wallFactor) {
    Budget {
      if (page.isNegative() || page.isZero() || line.isNegative() || line.isZero() || wallFactor < 1) {
        throw new IllegalArgumentException("budgets must be positive and the wall factor at least 1");
      }
    }
  }

  /** CPU time of a thread, in nanoseconds from an arbitrary origin; wall time where the JVM cannot measure it. */
  @FunctionalInterface
  interface CpuClock {
    long nanos(Thread thread);

    CpuClock STANDARD = ThreadCpu.SUPPORTED ? ThreadCpu::of : thread -> System.nanoTime();
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
    Recognition recognition = new Recognition(Thread.currentThread(), clock, cpuBudget.toNanos());
    ETEXT_DESC monitor = TessMonitorCreate();
    long key = monitor.address();
    try {
      long wallMillis = Math.min(Integer.MAX_VALUE, cpuBudget.toMillis() * budget.wallFactor());
      TessMonitorSetDeadlineMSecs(monitor, (int) wallMillis);
      monitor.cancel(CancelWhenSpent.INSTANCE);
      monitor.cancel_this(monitor);
      CancelWhenSpent.RUNNING.put(key, recognition);
      int status = api.Recognize(monitor);
      timedOut = status != 0 && (recognition.cancelled() || monitor.deadline_exceeded());
      lastCpuNanos = recognition.used();
      if (status != 0) {
        api.Clear();
        return words;
      }
    } finally {
      CancelWhenSpent.RUNNING.remove(key);
      TessMonitorDelete(monitor);
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

  /**
   * Tesseract asks the monitor's cancel function before each word it recognises, on the thread
   * that called {@code Recognize} (measured with Tesseract 5.5.2 as JavaCPP builds it: no OpenMP,
   * the callback comes on the calling thread and the process uses no more CPU than that thread
   * during recognition). Layout analysis before the first word cannot be cancelled; on a noise
   * card it takes about 150 ms.
   *
   * <p>One function serves every engine and lives as long as the class, held by a static field so
   * the garbage collector never frees it while native code may call it. JavaCPP has ten native
   * slots per callback type: an eleventh live function gets an address but is never called
   * (measured), so a function per engine or per call would silently stop cancelling on a machine
   * with more than ten cores. The recognition it answers for is found by the monitor's address,
   * which {@code cancel_this} carries.
   */
  private static final class CancelWhenSpent extends CANCEL_FUNC {
    static final CancelWhenSpent INSTANCE = new CancelWhenSpent();
    static final Map<Long, Recognition> RUNNING = new ConcurrentHashMap<>();

    @Override
    public boolean call(Pointer cancelThis, int words) {
      Recognition recognition = cancelThis == null ? null : RUNNING.get(cancelThis.address());
      return recognition != null && recognition.spent();
    }
  }

  /** One call to {@code Recognize}: the thread it runs on, where its CPU time started, and its budget. */
  private static final class Recognition {
    private final Thread thread;
    private final CpuClock clock;
    private final long start;
    private final long budgetNanos;
    private volatile boolean cancelled;

    Recognition(Thread thread, CpuClock clock, long budgetNanos) {
      this.thread = thread;
      this.clock = clock;
      this.start = clock.nanos(thread);
      this.budgetNanos = budgetNanos;
    }

    long used() {
      return clock.nanos(thread) - start;
    }

    boolean spent() {
      if (!cancelled && used() > budgetNanos) {
        cancelled = true;
      }
      return cancelled;
    }

    boolean cancelled() {
      return cancelled;
    }
  }

  /** The JVM's thread CPU clock; the calling thread's own is the cheap one to read. */
  private static final class ThreadCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static final boolean SUPPORTED = supported();

    private ThreadCpu() {}

    static long of(Thread thread) {
      return thread == Thread.currentThread()
          ? THREADS.getCurrentThreadCpuTime()
          : THREADS.getThreadCpuTime(thread.threadId());
    }

    private static boolean supported() {
      try {
        return THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled()
            && THREADS.getCurrentThreadCpuTime() >= 0;
      } catch (UnsupportedOperationException | SecurityException e) {
        return false;
      }
    }
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
      float confidence = punctuation && alnum > 0 ? (float) (alnumConfidence / alnum) : wordConfidence;
      return java.util.Optional.of(new OcrWord(text, confidence, box[0], box[1], box[2], box[3]));
    }
  }
}
