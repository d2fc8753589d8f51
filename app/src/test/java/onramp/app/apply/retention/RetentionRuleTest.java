package onramp.app.apply.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import onramp.app.apply.ApplicationState;
import onramp.onboarding.Outcome;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionRuleTest {
  private static final RetentionProperties PROPERTIES =
      new RetentionProperties(Period.ofDays(90), Period.ofDays(30));
  private static final LocalDate HIRED = LocalDate.of(2026, 1, 5);

  @ParameterizedTest(name = "{0} {1}, employment ended {2}: deletable from {3}")
  @CsvSource(
      nullValues = "-",
      value = {
        // the I-9 rule: 3 years after hire or 1 year after employment ends, whichever is later
        "DECIDED,   APPROVED,     -,          -",
        "DECIDED,   APPROVED,     2026-07-05, 2029-01-05",
        "DECIDED,   APPROVED,     2028-01-05, 2029-01-05",
        "DECIDED,   APPROVED,     2028-07-05, 2029-07-05",
        "DECIDED,   APPROVED,     2031-03-01, 2032-03-01",
        // rejected: 90 days after the decision (2026-02-01)
        "DECIDED,   REJECTED,     -,          2026-05-02",
        // never submitted: 30 days after sign-up (2026-01-01)
        "DRAFT,     -,            -,          2026-01-31",
        // waiting for a person or being checked: kept
        "IN_REVIEW, NEEDS_REVIEW, -,          -",
        "VERIFYING, -,            -,          -"
      })
  void followsTheI9RuleAndTheConfiguredPeriods(
      ApplicationState state,
      @Nullable Outcome decision,
      @Nullable LocalDate ended,
      @Nullable LocalDate expected) {
    RetentionRule.Facts facts =
        new RetentionRule.Facts(
            state,
            Optional.ofNullable(decision),
            LocalDate.of(2026, 1, 1),
            HIRED,
            Optional.ofNullable(ended),
            Optional.of(LocalDate.of(2026, 2, 1)));

    assertThat(RetentionRule.deletableFrom(facts, PROPERTIES))
        .isEqualTo(Optional.ofNullable(expected));
  }
}
