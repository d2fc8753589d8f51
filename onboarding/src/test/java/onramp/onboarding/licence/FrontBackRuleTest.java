package onramp.onboarding.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.documents.Evidence;
import onramp.onboarding.Fixtures;
import onramp.onboarding.casefile.CaseFile;
import onramp.onboarding.casefile.FrontSide;
import onramp.onboarding.decision.Reason;
import onramp.onboarding.decision.ReasonCode;
import org.junit.jupiter.api.Test;

class FrontBackRuleTest {

  private static List<ReasonCode> check(Map<FrontSide.Field, Evidence<String>> front) {
    return check(front, List.of());
  }

  private static List<ReasonCode> check(
      Map<FrontSide.Field, Evidence<String>> front, List<String> text) {
    CaseFile f =
        new CaseFile(
            Fixtures.application(),
            Optional.of(Fixtures.licence()),
            new FrontSide(front, text),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Fixtures.TODAY);
    return new FrontBackRule().check(f).stream().map(Reason::code).toList();
  }

  @Test
  void passesWhenTheFrontConfirmsDateOfBirthExpiryAndTheNumber() {
    assertThat(
            check(
                Map.of(
                    FrontSide.Field.DATE_OF_BIRTH,
                    Fixtures.ocr("1990-04-18", 0.99),
                    FrontSide.Field.LICENSE_NUMBER,
                    Fixtures.ocr("T12345678", 0.95),
                    FrontSide.Field.EXPIRATION_DATE,
                    Fixtures.ocr("2028-04-18", 0.97))))
        .isEmpty();
  }

  @Test
  void anUnsureReadingThatAgreesExactlyStillConfirmsALongValue() {
    assertThat(
            check(
                Map.of(
                    FrontSide.Field.DATE_OF_BIRTH,
                    Fixtures.ocr("1990-04-18", 0.79),
                    FrontSide.Field.EXPIRATION_DATE,
                    Fixtures.ocr("2028-04-18", 0.5),
                    FrontSide.Field.LICENSE_NUMBER,
                    Fixtures.ocr("T12345678", 0.45))))
        .isEmpty();
  }

  @Test
  void requiresTheExpiryToBeConfirmedSoAnExtendedBarcodeShows() {
    assertThat(
            check(
                Map.of(
                    FrontSide.Field.DATE_OF_BIRTH,
                    Fixtures.ocr("1990-04-18", 0.99),
                    FrontSide.Field.LICENSE_NUMBER,
                    Fixtures.ocr("T12345678", 0.95),
                    FrontSide.Field.LAST_NAME,
                    Fixtures.ocr("QUINN", 0.95))))
        .containsExactly(ReasonCode.DL_FRONT_UNREADABLE);
  }

  @Test
  void anUnsureReadingOfADecidingFieldThatDiffersNeverVanishes() {
    // A date of birth read at 0.796 that makes the driver younger than the barcode says.
    assertThat(
            check(
                Map.of(
                    FrontSide.Field.DATE_OF_BIRTH,
                    Fixtures.ocr("1985-04-18", 0.796),
                    FrontSide.Field.EXPIRATION_DATE,
                    Fixtures.ocr("2028-04-18", 0.97),
                    FrontSide.Field.LICENSE_NUMBER,
                    Fixtures.ocr("T12345678", 0.95),
                    FrontSide.Field.LAST_NAME,
                    Fixtures.ocr("QUINN", 0.95))))
        .containsExactly(ReasonCode.DL_FRONT_BACK_MISMATCH);
    // A forged front: the number two characters away from the barcode's, read exactly at 0.59.
    assertThat(
            check(
                Map.of(
                    FrontSide.Field.DATE_OF_BIRTH,
                    Fixtures.ocr("1990-04-18", 0.99),
                    FrontSide.Field.EXPIRATION_DATE,
                    Fixtures.ocr("2028-04-18", 0.97),
                    FrontSide.Field.LICENSE_NUMBER,
                    Fixtures.ocr("T12345971", 0.59),
                    FrontSide.Field.LAST_NAME,
                    Fixtures.ocr("QUINN", 0.95))))
        .containsExactly(ReasonCode.DL_FRONT_BACK_MISMATCH);
    // One digit changed, read at 0.85: not an OCR slip any more.
    assertThat(
            check(
                Map.of(
                    FrontSide.Field.DATE_OF_BIRTH,
                    Fixtures.ocr("1990-04-18", 0.99),
                    FrontSide.Field.EXPIRATION_DATE,
                    Fixtures.ocr("2028-04-18", 0.97),
                    FrontSide.Field.LICENSE_NUMBER,
                    Fixtures.ocr("T12345679", 0.85))))
        .containsExactly(ReasonCode.DL_FRONT_BACK_MISMATCH);
  }

  @Test
  void aConflictCarriesBothValuesAndTheConfidenceToTheReviewer() {
    CaseFile f =
        new CaseFile(
            Fixtures.application(),
            Optional.of(Fixtures.licence()),
            new FrontSide(
                Map.of(FrontSide.Field.DATE_OF_BIRTH, Fixtures.ocr("1985-04-18", 0.5)), List.of()),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Fixtures.TODAY);
    assertThat(new FrontBackRule().check(f))
        .singleElement()
        .satisfies(r -> assertThat(r.message()).contains("1985-04-18", "1990-04-18", "0.50"));
  }

  @Test
  void aLookAlikeOrGarbageReadingIsNoConflict() {
    assertThat(
            check(
                Map.of(
                    FrontSide.Field.DATE_OF_BIRTH,
                    Fixtures.ocr("1990-04-18", 0.99),
                    FrontSide.Field.EXPIRATION_DATE,
                    Fixtures.ocr("2622-04-18", 0.4),
                    FrontSide.Field.LICENSE_NUMBER,
                    Fixtures.ocr("TI2345678", 0.6),
                    FrontSide.Field.LAST_NAME,
                    Fixtures.ocr("Q4 1N", 0.3))))
        .containsExactly(ReasonCode.DL_FRONT_UNREADABLE);
  }

  @Test
  void theBarcodeValueElsewhereOnTheCardResolvesAnUnsureConflict() {
    List<String> text = List.of("QUINN", "T12345678", "DOB 04/18/1990", "EXP 04/18/2028");
    assertThat(
            check(
                Map.of(
                    FrontSide.Field.DATE_OF_BIRTH,
                    Fixtures.ocr("1990-04-18", 0.99),
                    FrontSide.Field.EXPIRATION_DATE,
                    Fixtures.ocr("2028-04-18", 0.97),
                    FrontSide.Field.LICENSE_NUMBER,
                    Fixtures.ocr("T12345679", 0.6)),
                text))
        .isEmpty();
  }

  @Test
  void aConfidentReadingThatDiffersIsAMismatch() {
    assertThat(
            check(
                Map.of(
                    FrontSide.Field.DATE_OF_BIRTH,
                    Fixtures.ocr("1985-04-18", 0.97),
                    FrontSide.Field.LICENSE_NUMBER,
                    Fixtures.ocr("T12345678", 0.95),
                    FrontSide.Field.LAST_NAME,
                    Fixtures.ocr("QUINN", 0.95))))
        .containsExactly(ReasonCode.DL_FRONT_BACK_MISMATCH);
  }

  @Test
  void shortValuesNeedConfidenceToConfirm() {
    assertThat(
            check(
                Map.of(
                    FrontSide.Field.DATE_OF_BIRTH,
                    Fixtures.ocr("1990-04-18", 0.99),
                    FrontSide.Field.SEX,
                    Fixtures.ocr("M", 0.5),
                    FrontSide.Field.LICENSE_CLASS,
                    Fixtures.ocr("C", 0.5),
                    FrontSide.Field.LICENSE_NUMBER,
                    Fixtures.ocr("T12345678", 0.95))))
        .containsExactly(ReasonCode.DL_FRONT_UNREADABLE);
  }

  @Test
  void theTextConfirmsWhatTheLabelledReadingMissed() {
    // Labels lost: no name or number tied to a label, but the surname is printed on its own line.
    List<String> text = List.of("VIRGINIA DRIVER LICENSE", "T 12345678", "QUINN", "JORDAN AVERY");
    assertThat(
            check(
                Map.of(
                    FrontSide.Field.DATE_OF_BIRTH,
                    Fixtures.ocr("1990-04-18", 0.99),
                    FrontSide.Field.EXPIRATION_DATE,
                    Fixtures.ocr("2028-04-18", 0.97)),
                text))
        .isEmpty();
    assertThat(check(Map.of(), List.of("QUINN", "DOB 04/18/1990", "EXP 04/18/2028"))).isEmpty();
  }

  @Test
  void theTextNeverOverridesAConfidentDifference() {
    List<String> text = List.of("QUINN", "T12345678", "04/18/1985", "04/18/2028");
    assertThat(check(Map.of(FrontSide.Field.DATE_OF_BIRTH, Fixtures.ocr("1985-04-18", 0.97)), text))
        .containsExactly(ReasonCode.DL_FRONT_BACK_MISMATCH);
    // The barcode's date printed elsewhere too: the reading is disputed, and a disputed field
    // confirms nothing.
    assertThat(
            check(
                Map.of(FrontSide.Field.DATE_OF_BIRTH, Fixtures.ocr("1985-04-18", 0.97)),
                List.of("QUINN", "T12345678", "04/18/1985", "04/18/1990", "04/18/2028")))
        .containsExactly(ReasonCode.DL_FRONT_UNREADABLE);
  }

  @Test
  void textWithoutTheBarcodeValuesConfirmsNothing() {
    // A front edited to another expiry: the barcode's expiry is nowhere in the text.
    List<String> text = List.of("QUINN", "T12345678", "DOB 04/18/1990", "EXP 04/18/2032");
    assertThat(check(Map.of(), text)).containsExactly(ReasonCode.DL_FRONT_UNREADABLE);
  }

  @Test
  void aLabelTiedToTheWrongLineIsNoMismatchWhenTheTextPrintsTheBarcodeValue() {
    // "2002 CEDAR LN": the street's LN taken for the label; the given names stand on their own
    // line.
    List<String> text =
        List.of("T12345678 04/18/2028", "QUINN", "JORDAN AVERY", "2002 CEDAR LN", "04/18/1990");
    assertThat(
            check(
                Map.of(
                    FrontSide.Field.FIRST_NAME,
                    Fixtures.ocr("CEDAR", 0.96),
                    FrontSide.Field.DATE_OF_BIRTH,
                    Fixtures.ocr("1990-04-18", 0.99),
                    FrontSide.Field.EXPIRATION_DATE,
                    Fixtures.ocr("2028-04-18", 0.97)),
                text))
        .isEmpty();
    assertThat(
            check(
                Map.of(
                    FrontSide.Field.FIRST_NAME,
                    Fixtures.ocr("CEDAR", 0.96),
                    FrontSide.Field.DATE_OF_BIRTH,
                    Fixtures.ocr("1990-04-18", 0.99),
                    FrontSide.Field.EXPIRATION_DATE,
                    Fixtures.ocr("2028-04-18", 0.97)),
                List.of("QUINN", "CEDAR")))
        .containsExactly(ReasonCode.DL_FRONT_BACK_MISMATCH);
  }
}
