package onramp.devtools.dx;

/**
 * A measurement that cannot be made as asked: a repository git cannot read, an unknown run, a
 * report asked for telemetry without the survey. The message names what and says what to do.
 */
public final class DxException extends RuntimeException {
  public DxException(String message) {
    super(message);
  }

  public DxException(String message, Throwable cause) {
    super(message, cause);
  }
}
