package onramp.app.apply.processing;

/** A step's dependency (a model vendor) is unavailable; the job will be retried later. */
public class StepUnavailableException extends RuntimeException {
  public StepUnavailableException(String message) {
    super(message);
  }
}
