package onramp.app.onboarding.jobs;

/** A step's dependency (a model vendor) is unavailable; the job will be retried later. */
public class StepUnavailableException extends RuntimeException {
  public StepUnavailableException(String message) {
    super(message);
  }
}
