package onramp.workspace.files;

import java.text.NumberFormat;
import java.util.Locale;
import onramp.workspace.files.UnreadableFileException.Problem;

/** The limits of one extraction as it runs: time, pages and characters spent so far. */
final class Budget {
  private final String fileName;
  private final FileLimits limits;
  private final long deadlineNanos;
  private long chars;
  private int pages;

  Budget(String fileName, FileLimits limits) {
    this.fileName = fileName;
    this.limits = limits;
    this.deadlineNanos = System.nanoTime() + limits.maxTime().toNanos();
  }

  String fileName() {
    return fileName;
  }

  FileLimits limits() {
    return limits;
  }

  /** Refuses once the time is spent. */
  void checkTime() {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw refuse(
          Problem.OVER_LIMIT,
          "reading it took longer than the limit of "
              + (limits.maxTime().toMillis() >= 1000
                  ? limits.maxTime().toSeconds() + " s"
                  : limits.maxTime().toMillis() + " ms")
              + ". Split it into smaller files or upload the part you need.");
    }
  }

  /** Counts one more page of a paged document, refusing past the page limit. */
  void page(String what) {
    pages++;
    checkPages(what, pages);
    checkTime();
  }

  void checkPages(String what, int count) {
    if (count > limits.maxPages()) {
      throw refuse(
          Problem.OVER_LIMIT,
          "the "
              + what
              + " has "
              + number(count)
              + " pages; the limit is "
              + number(limits.maxPages())
              + ". Split it or upload the pages you need.");
    }
  }

  /** Counts text as it is produced, refusing past the character limit. */
  void chars(long count) {
    chars += count;
    if (chars > limits.maxChars()) {
      throw refuse(
          Problem.OVER_LIMIT,
          "the text is longer than the limit of "
              + number(limits.maxChars())
              + " characters. Split it or upload the part you need.");
    }
  }

  UnreadableFileException refuse(Problem problem, String whatAndWhatToDo) {
    return new UnreadableFileException(fileName, problem, whatAndWhatToDo);
  }

  static String number(long n) {
    return NumberFormat.getIntegerInstance(Locale.US).format(n);
  }

  static String megabytes(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    return mb >= 10 || mb == Math.rint(mb)
        ? Math.round(mb) + " MB"
        : String.format(Locale.ROOT, "%.1f MB", mb);
  }
}
