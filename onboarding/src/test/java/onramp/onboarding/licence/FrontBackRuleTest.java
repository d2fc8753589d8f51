package onramp.onboarding.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.documents.Evidence;
import onramp.onboarding.CaseFile;
import onramp.onboarding.Fixtures;
import onramp.onboarding.Reason;
import onramp.onboarding.ReasonCode;
import org.junit.jupiter.api.Test;

class FrontBackRuleTest {

  private static List<ReasonCode> check(Map<FrontSide.Field, Evidence<String>> front) {
    CaseFile f = new CaseFile(Fixtures.application(), Optional.of(Fixtures.licence()), new FrontSide(front),
        Optional.empty(), List.of(), Optional.empty(), Fixtures.TODAY);
    return new FrontBackRule().check(f).stream().map(Reason::code).toList();
  }

  @Test
  void passesWhenTheFrontConfirmsDateOfBirthExpiryAndTheNumber() {
    assertThat(check(Map.of(FrontSide.Field.DATE_OF_BIRTH, Fixtures.ocr("1990-04-18", 0.99),
        FrontSide.Field.LICENSE_NUMBER, Fixtures.ocr("T12345678", 0.95),
        FrontSide.Field.EXPIRATION_DATE, Fixtures.ocr("2028-04-18", 0.97)))).isEmpty();
  }

  @Test
  void anUnsureReadingThatAgreesExactlyStillConfirmsALongValue() {
    assertThat(check(Map.of(FrontSide.Field.DATE_OF_BIRTH, Fixtures.ocr("1990-04-18", 0.79),
        FrontSide.Field.EXPIRATION_DATE, Fixtures.ocr("2028-04-18", 0.5),
        FrontSide.Field.LICENSE_NUMBER, Fixtures.ocr("T12345678", 0.45)))).isEmpty();
  }

  @Test
  void requiresTheExpiryToBeConfirmedSoAnExtendedBarcodeShows() {
    assertThat(check(Map.of(FrontSide.Field.DATE_OF_BIRTH, Fixtures.ocr("1990-04-18", 0.99),
        FrontSide.Field.LICENSE_NUMBER, Fixtures.ocr("T12345678", 0.95),
        FrontSide.Field.LAST_NAME, Fixtures.ocr("QUINN", 0.95))))
        .containsExactly(ReasonCode.DL_FRONT_UNREADABLE);
  }

  @Test
  void anUnsureReadingThatDiffersIsNoEvidence() {
    assertThat(check(Map.of(FrontSide.Field.DATE_OF_BIRTH, Fixtures.ocr("1985-04-18", 0.5),
        FrontSide.Field.LICENSE_NUMBER, Fixtures.ocr("T12345678", 0.95),
        FrontSide.Field.LAST_NAME, Fixtures.ocr("QUINN", 0.95))))
        .containsExactly(ReasonCode.DL_FRONT_UNREADABLE);
  }

  @Test
  void aConfidentReadingThatDiffersIsAMismatch() {
    assertThat(check(Map.of(FrontSide.Field.DATE_OF_BIRTH, Fixtures.ocr("1985-04-18", 0.97),
        FrontSide.Field.LICENSE_NUMBER, Fixtures.ocr("T12345678", 0.95),
        FrontSide.Field.LAST_NAME, Fixtures.ocr("QUINN", 0.95))))
        .containsExactly(ReasonCode.DL_FRONT_BACK_MISMATCH);
  }

  @Test
  void shortValuesNeedConfidenceToConfirm() {
    assertThat(check(Map.of(FrontSide.Field.DATE_OF_BIRTH, Fixtures.ocr("1990-04-18", 0.99),
        FrontSide.Field.SEX, Fixtures.ocr("M", 0.5), FrontSide.Field.LICENSE_CLASS, Fixtures.ocr("C", 0.5),
        FrontSide.Field.LICENSE_NUMBER, Fixtures.ocr("T12345678", 0.95))))
        .containsExactly(ReasonCode.DL_FRONT_UNREADABLE);
  }
}
