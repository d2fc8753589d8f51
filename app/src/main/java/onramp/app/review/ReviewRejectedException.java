package onramp.app.review;

/** A review that cannot be recorded; the message says what to do. */
public final class ReviewRejectedException extends RuntimeException {
  public ReviewRejectedException(String message) {
    super(message);
  }
}
