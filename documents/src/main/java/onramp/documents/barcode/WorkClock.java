package onramp.documents.barcode;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * What a decode's budget is measured in. A decode is computation on the calling thread only, so
 * its cost is that thread's CPU time: the same photo gets the same attempts on an idle machine
 * and on one where other work holds the cores. Wall time would count the time the thread waited
 * for a core, and a readable symbol would become unreadable under load.
 */
@FunctionalInterface
interface WorkClock {
  /** Nanoseconds from an arbitrary origin; only differences read on the same thread mean anything. */
  long nanos();

  /** The calling thread's CPU time where the JVM measures it, else wall time. */
  static WorkClock standard() {
    return ThreadCpu.SUPPORTED ? ThreadCpu::now : wall();
  }

  static WorkClock wall() {
    return System::nanoTime;
  }

  /** Whether {@link #standard()} measures CPU time (false: wall time, and load changes results). */
  static boolean measuresCpuTime() {
    return ThreadCpu.SUPPORTED;
  }

  /** HotSpot on Linux, macOS and Windows measures it; the check is for other JVMs and for it being turned off. */
  final class ThreadCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static final boolean SUPPORTED = supported();

    private ThreadCpu() {}

    static long now() {
      return THREADS.getCurrentThreadCpuTime();
    }

    private static boolean supported() {
      try {
        return THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled()
            && THREADS.getCurrentThreadCpuTime() >= 0;
      } catch (UnsupportedOperationException | SecurityException e) {
        return false;
      }
    }
  }
}
