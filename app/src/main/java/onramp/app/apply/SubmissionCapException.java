package onramp.app.apply;

import onramp.app.system.AppException;

/** The application has been submitted as often as {@code onramp.apply.max-submissions} allows. */
public final class SubmissionCapException extends AppException.Refused {
  SubmissionCapException(int max) {
    super(
        "This application has been sent for checking the most times allowed ("
            + max
            + "); it cannot be sent again. Contact the onboarding team if you think a check was"
            + " wrong.");
  }
}
