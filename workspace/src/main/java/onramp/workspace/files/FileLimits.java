package onramp.workspace.files;

import java.time.Duration;

/**
 * What one upload may cost.
 *
 * @param maxBytes the largest file accepted, checked before any parsing
 * @param maxPages the most pages a PDF (or a DOCX, as Word counted them) may have
 * @param maxChars the most characters of text one file may yield
 * @param maxExpandedBytes the most bytes a file may expand to when decompressed: the DOCX archive's
 *     entries together, or a PDF's page content streams together; a zip or PDF bomb stops here
 * @param maxTime the longest one extraction may take (checked between pages and between drawing
 *     operators)
 */
public record FileLimits(
    long maxBytes, int maxPages, int maxChars, long maxExpandedBytes, Duration maxTime) {
  private static final long MB = 1024L * 1024;

  public FileLimits {
    if (maxBytes <= 0 || maxPages <= 0 || maxChars <= 0 || maxExpandedBytes <= 0) {
      throw new IllegalArgumentException("file limits must be positive");
    }
    if (maxTime.isNegative() || maxTime.isZero()) {
      throw new IllegalArgumentException("maxTime must be positive");
    }
  }

  /** 25 MB, 200 pages, a million characters, 64 MB expanded, 20 seconds. */
  public static FileLimits defaults() {
    return new FileLimits(25 * MB, 200, 1_000_000, 64 * MB, Duration.ofSeconds(20));
  }

  public FileLimits withMaxBytes(long bytes) {
    return new FileLimits(bytes, maxPages, maxChars, maxExpandedBytes, maxTime);
  }

  public FileLimits withMaxPages(int pages) {
    return new FileLimits(maxBytes, pages, maxChars, maxExpandedBytes, maxTime);
  }

  public FileLimits withMaxChars(int chars) {
    return new FileLimits(maxBytes, maxPages, chars, maxExpandedBytes, maxTime);
  }

  public FileLimits withMaxExpandedBytes(long bytes) {
    return new FileLimits(maxBytes, maxPages, maxChars, bytes, maxTime);
  }

  public FileLimits withMaxTime(Duration time) {
    return new FileLimits(maxBytes, maxPages, maxChars, maxExpandedBytes, time);
  }
}
