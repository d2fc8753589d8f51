package onramp.documents.model;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The model could not be reached or answered badly even after the gateway's own retries (vendor
 * outage, 429/529, circuit breaker open, output that kept failing its schema). Not the applicant's
 * fault and not a decision: reschedule the job, no earlier than {@link #notBefore()} when known.
 */
public final class ModelTryLaterException extends ModelStepException {
  private final Optional<Instant> notBefore;

  ModelTryLaterException(
      String code, String reason, Optional<Instant> notBefore, @Nullable Throwable cause) {
    super(
        code,
        "model step unavailable for now, try later"
            + notBefore.map(t -> " (not before " + t + ")").orElse("")
            + ": "
            + reason,
        cause);
    this.notBefore = notBefore;
  }

  /** The earliest time a retry makes sense (vendor retry-after, breaker reopening), when known. */
  public Optional<Instant> notBefore() {
    return notBefore;
  }

  @Override
  public boolean retryable() {
    return true;
  }

  @Override
  public Fault fault() {
    return Fault.VENDOR;
  }
}
