package onramp.workspace;

/**
 * A run or request the workspace cannot carry out, with a message for the employee that says what
 * to do. The kind decides the HTTP status.
 */
public class WorkspaceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, as a caller can act on it. */
  public enum Kind {
    /** The request is malformed or a value is invalid. */
    INVALID,
    /** No such conversation, run or template (or not the caller's). */
    NOT_FOUND,
    /** Policy says no: model, data class, vendor agreement. */
    FORBIDDEN,
    /** A file or text over a limit. */
    TOO_LARGE,
    /** The prompt is longer than the model reads. */
    CONTEXT_TOO_LONG,
    /** A budget is spent (the message names it), or a rate limit. */
    BUDGET,
    /** No model vendor configured, or the vendor is down or overloaded. */
    VENDOR_UNAVAILABLE,
    /** The vendor failed in a way retrying will not fix. */
    VENDOR_FAILED
  }

  private final Kind kind;

  public WorkspaceException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public WorkspaceException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
