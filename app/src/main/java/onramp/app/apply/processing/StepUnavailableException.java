package onramp.app.apply.processing;

import onramp.app.system.AppException;

/** A step's dependency (a model vendor) is unavailable; the job will be retried later. */
public final class StepUnavailableException extends AppException.Unavailable {
  public StepUnavailableException(String message) {
    super(message);
  }
}
