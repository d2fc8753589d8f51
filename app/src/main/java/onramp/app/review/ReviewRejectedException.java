package onramp.app.review;

import onramp.app.system.AppException;

/** A review that cannot be recorded; the message says what to do. */
final class ReviewRejectedException extends AppException.Conflict {
  public ReviewRejectedException(String message) {
    super(message);
  }

  /** Neither approve nor reject was chosen. */
  static ReviewRejectedException noDecision() {
    return new ReviewRejectedException("Choose approve or reject.");
  }
}
