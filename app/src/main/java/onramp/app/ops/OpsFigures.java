package onramp.app.ops;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The operations dashboard's figures. Durations are in seconds. */
record OpsFigures(
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
    List<Count> topReasons) {

  /** One day: sign-ups and the system's decisions by outcome. */
  public record Day(LocalDate day, long signUps, long approved, long rejected, long review) {}

  public record Count(String label, long count) {}
}
