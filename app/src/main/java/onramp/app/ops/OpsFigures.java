package onramp.app.ops;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The operations dashboard's figures. Durations are in seconds. */
public record OpsFigures(
    List<Day> days,
    long decidedBySystem,
    long sentToReview,
    Optional<Double> automationRate,
    Optional<Double> systemP50,
    Optional<Double> systemP95,
    Optional<Double> finalP50,
    Optional<Double> finalP95,
    long queueSize,
    Optional<Double> oldestInQueueHours,
    List<Count> topReasons,
    Processing processing) {

  /** One day: sign-ups and the system's decisions by outcome. */
  public record Day(LocalDate day, long signUps, long approved, long rejected, long review) {}

  public record Count(String label, long count) {}

  /**
   * The background checks now (table {@code scheduled_tasks}): waiting for a worker, being worked
   * on, and waiting for a retry after a failed attempt (a vendor outage, the database gone, a
   * crash), with the latest failure and the most attempts one has taken; and how many applications
   * in the period went to a person because their retries ran out ({@code PROCESSING_FAILED}).
   */
  public record Processing(
      long waiting,
      long running,
      long retrying,
      int mostFailedAttempts,
      Optional<Instant> lastFailure,
      long gaveUp) {}
}
