package onramp.app.apply.retention;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When an application may be deleted. Form I-9 (8 CFR 274a.2(b)(2)(i)): keep for 3 years after the
 * date of hire or 1 year after employment ends, whichever is later — so an approved applicant still
 * employed is kept. Rejected: a configurable period after the decision. Abandoned sign-ups: a
 * configurable period after sign-up.
 */
public final class RetentionRule {
  private RetentionRule() {}

  /** The first day the application may be deleted, if there is one yet. */
  public static Optional<LocalDate> deletableFrom(Facts facts, RetentionProperties properties) {
    return switch (facts.outcome()) {
      case "APPROVED" ->
          facts
              .employmentEnded()
              .map(ended -> later(facts.hired().plusYears(3), ended.plusYears(1)));
      case "REJECTED" -> facts.decidedOn().map(d -> d.plus(properties.rejectedAfter()));
      case "DRAFT" -> Optional.of(facts.signedUpOn().plus(properties.abandonedAfter()));
      default -> Optional.empty(); // being checked or waiting for a person: keep
    };
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * What the rule looks at.
   *
   * @param outcome the final decision (APPROVED, REJECTED, NEEDS_REVIEW), DRAFT before any
   *     submission, PENDING while being checked
   */
  public record Facts(
      String outcome,
      LocalDate signedUpOn,
      LocalDate hired,
      Optional<LocalDate> employmentEnded,
      Optional<LocalDate> decidedOn) {}
}
