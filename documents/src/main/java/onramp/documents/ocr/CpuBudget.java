package onramp.documents.ocr;

import java.time.Duration;

/**
 * CPU time that a piece of work (one page) may spend in recognition, by a {@link CpuClock}: each
 * recognition is given what is left ({@link #remainingNanos}) and charged what it used ({@link
 * #charge}). Only the recognitions count, not the image work around them, which is linear in the
 * image's pixels and bounded by its size limits; recognition is what noise can keep busy for
 * seconds. Not shared between threads.
 */
public final class CpuBudget {
  private final CpuClock clock;
  private final long allowance;
  private long used;

  private CpuBudget(CpuClock clock, long allowance) {
    this.clock = clock;
    this.allowance = allowance;
  }

  /** A budget of {@code allowance}, measured by {@code clock}. */
  public static CpuBudget of(Duration allowance, CpuClock clock) {
    if (allowance.isNegative() || allowance.isZero()) {
      throw new IllegalArgumentException("a CPU budget must be positive");
    }
    return new CpuBudget(clock, allowance.toNanos());
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

  public boolean spent() {
    return used >= allowance;
  }

  public long allowanceNanos() {
    return allowance;
  }
}
