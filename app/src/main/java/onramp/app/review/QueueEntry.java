package onramp.app.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A row of the review queue: no personal data, only what sorting and filtering need. */
public record QueueEntry(
    UUID id,
    Instant submittedAt,
    Duration age,
    String vehicleClass,
    String licenseState,
    List<String> reasonCodes) {
  /** Submission time in UTC, to the minute. */
  public String submittedText() {
    return submittedAt
        .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
        .toString()
        .replace('T', ' ')
        .replace("Z", " UTC");
  }

  public String ageText() {
    long hours = age.toHours();
    return hours >= 48
        ? (hours / 24) + " days"
        : hours >= 1 ? hours + " h" : Math.max(0, age.toMinutes()) + " min";
  }
}
