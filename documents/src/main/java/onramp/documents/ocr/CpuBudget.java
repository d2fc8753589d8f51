package onramp.documents.ocr;

import java.time.Duration;

/**
 * CPU time one thread may spend on a piece of work (a page), counted from {@link #start}: the
 * steps inside ask what is left and stop when nothing is. Not shared between threads.
 */
public final class CpuBudget {
  private final Thread thread;
  private final CpuClock clock;
  private final long start;
  private final long allowance;

  private CpuBudget(Thread thread, CpuClock clock, long allowance) {
    this.thread = thread;
    this.clock = clock;
    this.start = clock.nanos(thread);
    this.allowance = allowance;
  }

  /** A budget of {@code allowance} for the calling thread, by {@code clock}, starting now. */
  public static CpuBudget start(Duration allowance, CpuClock clock) {
    if (allowance.isNegative() || allowance.isZero()) {
      throw new IllegalArgumentException("a CPU budget must be positive");
    }
    return new CpuBudget(Thread.currentThread(), clock, allowance.toNanos());
  }

  public CpuClock clock() {
    return clock;
  }

  public Thread thread() {
    return thread;
  }

  /** CPU time used since the start. */
  public long usedNanos() {
    return clock.nanos(thread) - start;
  }

  /** CPU time left, never below 0. */
  public long remainingNanos() {
    return Math.max(0, allowance - usedNanos());
  }

  public boolean spent() {
    return usedNanos() >= allowance;
  }

  public long allowanceNanos() {
    return allowance;
  }
}
