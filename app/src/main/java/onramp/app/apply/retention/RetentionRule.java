package onramp.app.apply.retention;

import java.time.LocalDate;
import java.util.Optional;
import onramp.app.apply.ApplicationState;
import onramp.onboarding.Outcome;

/**
 * When an application may be deleted. Form I-9 (8 CFR 274a.2(b)(2)(i)): keep for 3 years after the
 * date of hire or 1 year after employment ends, whichever is later — so an approved applicant still
 * employed is kept. Rejected: a configurable period after the decision. Abandoned sign-ups: a
 * configurable period after sign-up.
 */
final class RetentionRule {
  private RetentionRule() {}

  /** The first day the application may be deleted, if there is one yet. */
  public static Optional<LocalDate> deletableFrom(Facts facts, RetentionProperties properties) {
    return switch (facts.state()) {
      case DRAFT -> Optional.of(facts.signedUpOn().plus(properties.abandonedAfter()));
      case DECIDED -> facts.decision().flatMap(d -> afterDecision(d, facts, properties));
      // being checked or waiting for a person: keep
      case RECEIVED, VERIFYING, IN_REVIEW -> Optional.empty();
    };
  }

  private static Optional<LocalDate> afterDecision(
      Outcome decision, Facts facts, RetentionProperties properties) {
    return switch (decision) {
      case APPROVED ->
          facts
              .employmentEnded()
              .map(ended -> later(facts.hired().plusYears(3), ended.plusYears(1)));
      case REJECTED -> facts.decidedOn().map(d -> d.plus(properties.rejectedAfter()));
      case NEEDS_REVIEW -> Optional.empty();
    };
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * What the rule looks at.
   *
   * @param state where the application is
   * @param decision the last decision on its current round (a reviewer's over the system's), none
   *     before the first submission or while it is being checked
   */
  public record Facts(
      ApplicationState state,
      Optional<Outcome> decision,
      LocalDate signedUpOn,
      LocalDate hired,
      Optional<LocalDate> employmentEnded,
      Optional<LocalDate> decidedOn) {}
}
