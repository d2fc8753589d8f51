package onramp.workspace.files;

/**
 * A file that cannot be read. The message names the file, says what is wrong and what to do, and is
 * fit to show the employee as it is: "contract.pdf: the PDF has 812 pages; the limit is 200. Split
 * it or upload the pages you need."
 */
public final class UnreadableFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why, for an HTTP status or a metric; every one is the uploader's to fix. */
  public enum Problem {
    /** Larger than the size limit (HTTP 413). */
    TOO_LARGE,
    /** A type that is not read, or an empty file (HTTP 415). */
    UNSUPPORTED,
    /** Password-protected or encrypted. */
    PROTECTED,
    /** Damaged, truncated, or not what its structure claims. */
    DAMAGED,
    /** Over the page, character, expansion or time limit. */
    OVER_LIMIT
  }

  private final String fileName;
  private final Problem problem;

  UnreadableFileException(String fileName, Problem problem, String whatAndWhatToDo) {
    super(fileName + ": " + whatAndWhatToDo);
    this.fileName = fileName;
    this.problem = problem;
  }

  public String fileName() {
    return fileName;
  }

  public Problem problem() {
    return problem;
  }
}
