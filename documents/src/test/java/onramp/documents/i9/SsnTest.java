package onramp.documents.i9;

import static org.assertj.core.api.Assertions.assertThat;

import onramp.documents.Source;
import org.junit.jupiter.api.Test;

class SsnTest {
  @Test
  void showsOnlyTheLastFourDigits() {
    Ssn ssn = Ssn.of("912-45-6789", Source.FORM_FIELD, 1.0);
    assertThat(ssn.toString())
        .isEqualTo("Ssn[***-**-6789]")
        .doesNotContain("912")
        .doesNotContain("45");
    assertThat(ssn.last4()).contains("6789");
  }

  @Test
  void splitsAWellFormedNumberForTheIssuabilityRules() {
    Ssn ssn = Ssn.of("000123456", Source.FORM_FIELD, 1.0);
    assertThat(ssn.isWellFormed()).isTrue();
    assertThat(ssn.area()).contains("000");
    assertThat(ssn.group()).contains("12");
    assertThat(ssn.serial()).contains("3456");
  }

  @Test
  void aMalformedNumberShowsOnlyItsLength() {
    Ssn ssn = Ssn.of("12345678", Source.FORM_FIELD, 1.0);
    assertThat(ssn.isWellFormed()).isFalse();
    assertThat(ssn.area()).isEmpty();
    assertThat(ssn.toString()).isEqualTo("Ssn[(malformed, 8 characters)]");
  }

  @Test
  void comparesWithAnotherCopyWithoutRevealingEither() {
    Ssn ssn = Ssn.of("912 45 6789", Source.FORM_FIELD, 1.0);
    assertThat(ssn.sameNumberAs("912-45-6789")).isTrue();
    assertThat(ssn.sameNumberAs("912-45-6780")).isFalse();
  }
}
