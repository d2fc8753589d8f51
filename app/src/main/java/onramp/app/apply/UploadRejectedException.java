package onramp.app.apply;

import onramp.app.system.AppException;

/** An upload that cannot be accepted; the message tells the applicant what to send instead. */
public final class UploadRejectedException extends AppException.Refused {
  public UploadRejectedException(String message) {
    super(message);
  }
}
