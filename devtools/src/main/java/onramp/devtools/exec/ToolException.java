package onramp.devtools.exec;

/**
 * A review step could not run: the message names the directory or file and says what to do next
 * (install, fix the setup, raise a limit). {@link #kind()} tells a caller whose move it is.
 */
public final class ToolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Whose move it is. */
  public enum Kind {
    /** The repository or machine is not set up for this (not a git repository, no TypeScript). */
    SETUP,
    /** The tool ran past its time limit and was stopped. */
    TIMEOUT,
    /** The tool ran and failed in a way the review cannot read around. */
    FAILED
  }

  private final Kind kind;

  public ToolException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
