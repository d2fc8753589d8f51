package onramp.documents.ocr;

import java.time.Duration;

/**
 * CPU time that a piece of work (one page, one recognition) may spend in recognition, by a {@link
 * CpuClock}: each recognition is given what is left ({@link #remainingNanos}) and charged what it
 * used ({@link #charge}). Only the recognitions count, not the image work around them, which is
 * linear in the image's pixels and bounded by its size limits; recognition is what noise can keep
 * busy for seconds. CPU time, not wall time, so that a document read on an idle machine is read the
 * same on a busy one. The wall-clock deadline ({@link #wallMillis}), a multiple of what is left, is
 * the last resort that still ends a call whose thread gets almost no CPU. Not shared between
 * threads.
 */
public final class CpuBudget {
  /** The wall-clock deadline of a recognition, as a multiple of the CPU time it has left. */
  public static final int WALL_FACTOR = 4;

  private final CpuClock clock;
  private final long allowance;
  private final int wallFactor;
  private long used;

  private CpuBudget(CpuClock clock, long allowance, int wallFactor) {
    this.clock = clock;
    this.allowance = allowance;
    this.wallFactor = wallFactor;
  }

  /** A budget of {@code allowance}, measured by {@code clock}. */
  public static CpuBudget of(Duration allowance, CpuClock clock) {
    return of(allowance, clock, WALL_FACTOR);
  }

  /** With another wall-clock deadline than {@link #WALL_FACTOR} times what is left: for tests. */
  public static CpuBudget of(Duration allowance, CpuClock clock, int wallFactor) {
    if (allowance.isNegative() || allowance.isZero() || wallFactor < 1) {
      throw new IllegalArgumentException(
          "a CPU budget must be positive and its wall factor at least 1");
    }
    return new CpuBudget(clock, allowance.toNanos(), wallFactor);
  }

  public CpuClock clock() {
    return clock;
  }

  /** Records CPU time a recognition used. */
  public void charge(long nanos) {
    used += Math.max(0, nanos);
  }

  public long usedNanos() {
    return used;
  }

  /** CPU time left, never below 0. */
  public long remainingNanos() {
    return Math.max(0, allowance - used);
  }

  /** The wall-clock deadline of a recognition given what is left, in milliseconds (at least 1). */
  public long wallMillis() {
    return Math.max(1, remainingNanos() / 1_000_000) * wallFactor;
  }

  public boolean spent() {
    return used >= allowance;
  }

  public long allowanceNanos() {
    return allowance;
  }
}
