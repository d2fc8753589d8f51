package onramp.app.apply;

/** An upload that cannot be accepted; the message tells the applicant what to send instead. */
public final class UploadRejectedException extends RuntimeException {
  public UploadRejectedException(String message) {
    super(message);
  }
}
