package onramp.app.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar on stderr, redrawn in place; silent when stderr is not a terminal-ish
 * sink.
 */
final class Progress {
  private final PrintStream err;
  private final String label;
  private final int total;
  private final long start = System.nanoTime();
  private int lastPercent = -1;

  Progress(PrintStream err, String label, int total) {
    this.err = err;
    this.label = label;
    this.total = Math.max(1, total);
  }

  synchronized void update(int done) {
    int percent = done * 100 / total;
    if (percent == lastPercent) {
      return;
    }
    lastPercent = percent;
    int filled = percent / 5;
    double seconds = (System.nanoTime() - start) / 1e9;
    err.printf(
        "\r%s [%s%s] %d/%d %.0fs",
        label, "#".repeat(filled), ".".repeat(20 - filled), done, total, seconds);
    if (done >= total) {
      err.println();
    }
    err.flush();
  }
}
