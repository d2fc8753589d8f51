package onramp.onboarding.i9;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SsnRulesTest {

  @ParameterizedTest(name = "{0} → issuable={1}")
  @CsvSource({
    "123-45-6789, true", "123456789, true", "899-99-9999, true", "665-12-3456, true",
    "000-12-3456, false", "666-12-3456, false", "900-12-3456, false", "999-12-3456, false",
    "123-00-4567, false", "123-45-0000, false", "12345678, false", "12345678X, false"
  })
  void refusesNumbersThatAreNeverIssued(String ssn, boolean issuable) {
    assertThat(SsnRules.problem(ssn).isEmpty()).isEqualTo(issuable);
  }

  @ParameterizedTest
  @CsvSource({"000-12-3456", "123-00-4567", "123-45-0000"})
  void neverRepeatsTheNumberInItsMessage(String ssn) {
    String message = SsnRules.problem(ssn).orElseThrow();
    assertThat(message)
        .doesNotContain(ssn)
        .doesNotContain(ssn.replace("-", ""))
        .doesNotContain(ssn.substring(0, 6));
  }
}
