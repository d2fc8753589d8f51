package onramp.documents.i9;

import static org.assertj.core.api.Assertions.assertThat;

import onramp.documents.Confidence;
import org.junit.jupiter.api.Test;

class TwoReadingsTest {
  private static final FormLayout LAYOUT = FormLayout.official();

  private static FieldReading reconcile(I9Field field, String a, double ca, String b, double cb) {
    return TwoReadings.reconcile(field, new FieldReading(a, ca), new FieldReading(b, cb), LAYOUT);
  }

  @Test
  void aWellFormedSsnThatBothReadingsAgreeOnIsConfident() {
    FieldReading r = reconcile(I9Field.SSN, "924442317", 0.42, "924442317", 0.96);

    assertThat(r.text()).isEqualTo("924442317");
    assertThat(r.confidence())
        .isGreaterThan(0.96)
        .isLessThanOrEqualTo(TwoReadings.AGREEING_AT_MOST);
  }

  @Test
  void twoUnsureAgreeingReadingsOfAWellFormedSsnAddUp() {
    assertThat(reconcile(I9Field.SSN, "924442317", 0.6, "924442317", 0.6).confidence())
        .isGreaterThanOrEqualTo(Confidence.CONFIDENT);
  }

  @Test
  void agreementOnAMalformedSsnGainsNothing() {
    FieldReading r = reconcile(I9Field.SSN, "92444231", 0.6, "92444231", 0.7);

    assertThat(r.confidence()).isEqualTo(0.7);
  }

  @Test
  void readingsThatDisagreeLeaveTheFieldUnsureHoweverSureEachPassIs() {
    FieldReading r = reconcile(I9Field.SSN, "924442317", 0.95, "924442311", 0.96);

    assertThat(r.text()).isEqualTo("924442311");
    assertThat(r.confidence()).isLessThan(Confidence.CONFIDENT);
  }

  @Test
  void aStateFromTheFormsListReadInAnotherCaseAgrees() {
    FieldReading r = reconcile(I9Field.STATE, "co", 0.54, "CO", 0.89);

    assertThat(r.text()).isEqualTo("CO");
    assertThat(r.confidence()).isGreaterThan(0.89);
  }

  @Test
  void agreementOnAFieldWithoutAFixedFormKeepsTheSurerConfidence() {
    FieldReading r = reconcile(I9Field.LIST_B_ISSUER, "Illinois", 0.59, "Illinois", 0.67);

    assertThat(r.confidence()).isEqualTo(0.67);
  }

  @Test
  void aSecondLookThatFoundNothingSaysNothing() {
    FieldReading first = new FieldReading("924442317", 0.93);

    assertThat(TwoReadings.reconcile(I9Field.SSN, first, FieldReading.certain(""), LAYOUT))
        .isEqualTo(first);
  }

  @Test
  void keepsTheMarkOfAValueCutOffByItsBox() {
    FieldReading r =
        TwoReadings.reconcile(
            I9Field.LAST_NAME,
            new FieldReading("MONTGOMERY-FITZWILLIAM-A", 0.7, true),
            new FieldReading("MONTGOMERY-FITZWILLIAM-A", 0.9),
            LAYOUT);

    assertThat(r.clipped()).isTrue();
  }

  @Test
  void knowsTheFormsOwnStateList() {
    assertThat(LAYOUT.options(I9Field.STATE))
        .contains("CO", "PR", "CAN", "MEX")
        .doesNotContain("", "XX");
    assertThat(TwoReadings.wellFormed(I9Field.STATE, "XX", LAYOUT)).isFalse();
    assertThat(TwoReadings.wellFormed(I9Field.ZIP, "80285", LAYOUT)).isTrue();
    assertThat(TwoReadings.wellFormed(I9Field.LAST_NAME, "QUINN", LAYOUT)).isFalse();
  }
}
