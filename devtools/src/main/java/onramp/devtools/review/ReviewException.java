package onramp.devtools.review;

/**
 * The review could not run, for a reason the engineer can act on; the message says what happened
 * and what to do ("/tmp/x is not a git repository: run the review inside a clone"). The command
 * line prints the message and exits with {@link onramp.devtools.report.ExitCode#COULD_NOT_RUN}.
 */
public class ReviewException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReviewException(String message) {
    super(message);
  }

  public ReviewException(String message, Throwable cause) {
    super(message, cause);
  }
}
