package onramp.insights;

/** The report cannot be made; the message says why and what to do. */
public final class ReportException extends RuntimeException {
  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }

  public ReportException(String message) {
    super(message);
  }
}
