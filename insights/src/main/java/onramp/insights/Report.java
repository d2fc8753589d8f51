package onramp.insights;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every figure of one month's report, read at {@code asOf}.
 *
 * @param month the month reported
 * @param asOf when the figures were read (a month in progress is reported up to here)
 * @param state whether the month is past, in progress or still to come
 * @param demo the demo run whose synthetic data covers the month, if any
 */
public record Report(
    ReportMonth month,
    Instant asOf,
    State state,
    Optional<String> demo,
    Onboarding onboarding,
    Supply supply,
    Spend spend,
    Adoption adoption,
    DeveloperImpact developerImpact,
    Governance governance,
    Evaluation evaluation,
    List<String> decisionsDue) {

  /** Where the month lies relative to {@code asOf}. */
  public enum State {
    PAST,
    IN_PROGRESS,
    FUTURE
  }

  /** Whether anything at all was recorded in the month. */
  public boolean empty() {
    return onboarding.submitted() == 0
        && onboarding.decided() == 0
        && spend.calls() == 0
        && adoption.runs() == 0;
  }
}
