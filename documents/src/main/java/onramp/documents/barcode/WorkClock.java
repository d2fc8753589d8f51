package onramp.documents.barcode;

import onramp.documents.ocr.CpuClock;

/**
 * What a decode's budget is measured in. A decode is computation on the calling thread only, so its
 * cost is that thread's CPU time: the same photo gets the same attempts on an idle machine and on
 * one where other work holds the cores. Wall time would count the time the thread waited for a
 * core, and a readable symbol would become unreadable under load.
 */
@FunctionalInterface
interface WorkClock {
  /**
   * Nanoseconds from an arbitrary origin; only differences read on the same thread mean anything.
   */
  long nanos();

  /**
   * The calling thread's CPU time where the JVM measures it, else wall time ({@link
   * CpuClock#STANDARD}).
   */
  static WorkClock standard() {
    return CpuClock.STANDARD::now;
  }

  static WorkClock wall() {
    return System::nanoTime;
  }

  /** Whether {@link #standard()} measures CPU time (false: wall time, and load changes results). */
  static boolean measuresCpuTime() {
    return CpuClock.measuresCpuTime();
  }
}
