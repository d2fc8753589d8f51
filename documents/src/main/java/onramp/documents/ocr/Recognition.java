package onramp.documents.ocr;

import static org.bytedeco.tesseract.global.tesseract.TessMonitorCreate;
import static org.bytedeco.tesseract.global.tesseract.TessMonitorDelete;
import static org.bytedeco.tesseract.global.tesseract.TessMonitorSetDeadlineMSecs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.tesseract.CANCEL_FUNC;
import org.bytedeco.tesseract.ETEXT_DESC;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * One call to Tesseract's {@code Recognize}, cancelled when it has used its CPU time on the calling
 * thread, with a wall-clock deadline as the last resort that still ends a call whose thread gets
 * almost no CPU. The image must already be set on the API.
 *
 * <p>Tesseract asks the monitor's cancel function before each word it recognises, on the thread
 * that called {@code Recognize} (measured with Tesseract 5.5.2 as JavaCPP builds it: no OpenMP, the
 * callback comes on the calling thread and the process uses no more CPU than that thread during
 * recognition). Layout analysis before the first word cannot be cancelled; on a noise image it
 * takes about 150 ms.
 *
 * <p>One cancel function serves every engine in the process (licence fronts and Form I-9s alike)
 * and lives as long as the class, held by a static field so the garbage collector never frees it
 * while native code may call it. JavaCPP has ten native slots per callback type: an eleventh live
 * function gets an address but is never called (measured), so a function per engine or per call
 * would silently stop cancelling on a machine with more than ten cores. The recognition it answers
 * for is found by the monitor's address, which {@code cancel_this} carries.
 *
 * @param status what {@code Recognize} returned (0: recognised)
 * @param cancelled the CPU budget was spent and the call cancelled
 * @param deadlineExceeded the wall-clock deadline passed
 * @param cpuNanos CPU time the call used, by the clock given
 */
public record Recognition(int status, boolean cancelled, boolean deadlineExceeded, long cpuNanos) {

  /** Recognised (not cancelled, not failed). */
  public boolean ok() {
    return status == 0;
  }

  /** Cancelled for its CPU budget or its wall-clock deadline. */
  public boolean timedOut() {
    return status != 0 && (cancelled || deadlineExceeded);
  }

  /**
   * Runs {@code api.Recognize} on the image already set.
   *
   * @param cpuBudgetNanos CPU time of the calling thread the call may use
   * @param wallMillis the wall-clock deadline
   */
  public static Recognition run(
      TessBaseAPI api, CpuClock clock, long cpuBudgetNanos, long wallMillis) {
    Running running = new Running(Thread.currentThread(), clock, cpuBudgetNanos);
    ETEXT_DESC monitor = TessMonitorCreate();
    long key = monitor.address();
    try {
      TessMonitorSetDeadlineMSecs(
          monitor, (int) Math.max(1, Math.min(Integer.MAX_VALUE, wallMillis)));
      monitor.cancel(CancelWhenSpent.INSTANCE);
      monitor.cancel_this(monitor);
      CancelWhenSpent.RUNNING.put(key, running);
      int status = api.Recognize(monitor);
      return new Recognition(
          status, running.cancelled(), monitor.deadline_exceeded(), running.used());
    } finally {
      CancelWhenSpent.RUNNING.remove(key);
      TessMonitorDelete(monitor);
    }
  }

  private static final class CancelWhenSpent extends CANCEL_FUNC {
    static final CancelWhenSpent INSTANCE = new CancelWhenSpent();
    static final Map<Long, Running> RUNNING = new ConcurrentHashMap<>();

    @Override
    public boolean call(Pointer cancelThis, int words) {
      Running running = cancelThis == null ? null : RUNNING.get(cancelThis.address());
      return running != null && running.spent();
    }
  }

  /** One call: the thread it runs on, where its CPU time started, and its budget. */
  private static final class Running {
    private final Thread thread;
    private final CpuClock clock;
    private final long start;
    private final long budgetNanos;
    private volatile boolean cancelled;

    Running(Thread thread, CpuClock clock, long budgetNanos) {
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
}
