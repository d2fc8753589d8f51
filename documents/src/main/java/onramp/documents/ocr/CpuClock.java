package onramp.documents.ocr;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of a thread, in nanoseconds from an arbitrary origin; wall time where the JVM cannot
 * measure it. Only differences read for the same thread mean anything. A step's cost is its
 * thread's CPU time: the same document gets the same work on an idle machine and on one where other
 * work holds the cores, where wall time would count the time the thread waited for a core.
 */
@FunctionalInterface
public interface CpuClock {
  long nanos(Thread thread);

  /** The JVM's thread CPU clock where it measures one, else wall time. */
  CpuClock STANDARD = ThreadCpu.SUPPORTED ? ThreadCpu::of : thread -> System.nanoTime();

  /** Wall time: what {@link #STANDARD} falls back to, and a stand-in for tests. */
  CpuClock WALL = thread -> System.nanoTime();

  /** This clock's reading for the calling thread. */
  default long now() {
    return nanos(Thread.currentThread());
  }

  /** Whether {@link #STANDARD} measures CPU time (false: wall time, and load changes results). */
  static boolean measuresCpuTime() {
    return ThreadCpu.SUPPORTED;
  }

  /** The JVM's thread CPU clock; the calling thread's own is the cheap one to read. */
  final class ThreadCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static final boolean SUPPORTED = supported();

    private ThreadCpu() {}

    static long of(Thread thread) {
      return thread == Thread.currentThread()
          ? THREADS.getCurrentThreadCpuTime()
          : THREADS.getThreadCpuTime(thread.threadId());
    }

    /**
     * HotSpot on Linux, macOS and Windows measures it; the check is for other JVMs and for it being
     * turned off.
     */
    private static boolean supported() {
      try {
        return THREADS.isThreadCpuTimeSupported()
            && THREADS.isCurrentThreadCpuTimeSupported()
            && THREADS.isThreadCpuTimeEnabled()
            && THREADS.getCurrentThreadCpuTime() >= 0;
      } catch (UnsupportedOperationException | SecurityException e) {
        return false;
      }
    }
  }
}
