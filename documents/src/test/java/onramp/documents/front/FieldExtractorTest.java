package onramp.documents.front;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import onramp.documents.Evidence;
import onramp.documents.ocr.OcrWord;
import org.junit.jupiter.api.Test;

/** Label and value logic on hand-made OCR words: no Tesseract needed. */
class FieldExtractorTest {
  private final List<OcrWord> words = new ArrayList<>();

  @Test
  void takesTheValueRightOfALabelUpToTheNextLabel() {
    line(100, "15", "SEX", "M", "__", "16", "HGT", "5'-09\"", "__", "18", "EYES", "BRO");
    line(160, "4b", "EXP", "04/18/2030");
    line(220, "3", "DOB", "04/18/1985");

    Map<FrontField, Evidence<String>> fields = extract();

    assertThat(field(fields, FrontField.SEX).value()).isEqualTo("M");
    assertThat(field(fields, FrontField.HEIGHT).value()).isEqualTo("69");
    assertThat(field(fields, FrontField.EYE_COLOR).value()).isEqualTo("BRO");
    assertThat(field(fields, FrontField.DATE_OF_BIRTH).value()).isEqualTo("1985-04-18");
  }

  @Test
  void takesTheValueBelowALabelWithinItsColumn() {
    for (int column = 0; column < 3; column++) {
      word(10 + 220 * column, 100, List.of("DOB", "ISS", "EXP").get(column));
      word(10 + 220 * column, 140, List.of("04/18/1985", "05/02/2022", "04/18/2030").get(column));
    }

    Map<FrontField, Evidence<String>> fields = extract();

    assertThat(field(fields, FrontField.DATE_OF_BIRTH).value()).isEqualTo("1985-04-18");
    assertThat(field(fields, FrontField.ISSUE_DATE).value()).isEqualTo("2022-05-02");
    assertThat(field(fields, FrontField.EXPIRATION_DATE).value()).isEqualTo("2030-04-18");
  }

  @Test
  void readsSmallCapitalLabelsThatOcrTookForLowerCase() {
    line(100, "3p0B", "04/18/1985");
    line(160, "eves", "BLU");
    line(220, "tN", "HOLLOWAY");
    line(280, "i6HcT", "5'-09\"");
    line(340, "pos", "04/18/1985");

    Map<FrontField, Evidence<String>> fields = extract();

    assertThat(field(fields, FrontField.DATE_OF_BIRTH).value()).isEqualTo("1985-04-18");
    assertThat(field(fields, FrontField.EYE_COLOR).value()).isEqualTo("BLU");
    assertThat(field(fields, FrontField.LAST_NAME).value()).isEqualTo("HOLLOWAY");
    assertThat(field(fields, FrontField.HEIGHT).value()).isEqualTo("69");
  }

  @Test
  void takesTheValueBesideASmallLabelSetBelowItsBaseline() {
    // "DOB" in small type sits lower than its value, so OCR puts it on a line of its own under it.
    words.add(OcrWord.of("10-02-1979", 95f, 100, 885, 260, 916));
    words.add(OcrWord.of("pos", 90f, 40, 910, 90, 937));
    words.add(OcrWord.of("05-06-2022", 95f, 100, 945, 260, 976));
    words.add(OcrWord.of("iss", 90f, 40, 970, 90, 997));

    Map<FrontField, Evidence<String>> fields = extract();

    assertThat(field(fields, FrontField.DATE_OF_BIRTH).value()).isEqualTo("1979-10-02");
    assertThat(field(fields, FrontField.ISSUE_DATE).value()).isEqualTo("2022-05-06");
  }

  @Test
  void readsUnlabelledNameLinesAboveTheAddress() {
    line(100, "DRIVER", "LICENSE");
    line(140, "&", "OSTERGAARD");
    line(180, "e", "@", "ANA-LUCIA", "ANN", "e");
    line(220, "@", "6");
    line(260, "4453", "MILL", "CREEK", "DR");
    line(300, "OLYMPIA,", "WA", "98515");

    Map<FrontField, Evidence<String>> fields = extract();

    assertThat(field(fields, FrontField.LAST_NAME).value()).isEqualTo("OSTERGAARD");
    assertThat(field(fields, FrontField.FIRST_NAME).value()).isEqualTo("ANA-LUCIA");
    assertThat(field(fields, FrontField.MIDDLE_NAME).value()).isEqualTo("ANN");
  }

  @Test
  void readsLastCommaFirstOnOneLineAboveTheAddress() {
    line(100, "io:", "WOXWPKGB840MM");
    line(140, "OSTERGAARD,", "HIROSHI", "KEN");
    line(180, "7376", "STATION", "ST");
    line(220, "OLYMPIA,", "WA", "98532");

    Map<FrontField, Evidence<String>> fields = extract();

    assertThat(field(fields, FrontField.LAST_NAME).value()).isEqualTo("OSTERGAARD");
    assertThat(field(fields, FrontField.FIRST_NAME).value()).isEqualTo("HIROSHI");
    assertThat(field(fields, FrontField.LICENSE_NUMBER).value()).isEqualTo("WOXWPKGB840MM");
  }

  @Test
  void aLineWithDigitsAboveTheAddressIsNoName() {
    line(100, "DL", "NO", "A1234567");
    line(140, "4453", "MILL", "CREEK", "DR");
    line(180, "OLYMPIA,", "WA", "98515");

    Map<FrontField, Evidence<String>> fields = extract();

    assertThat(fields).doesNotContainKeys(FrontField.LAST_NAME, FrontField.FIRST_NAME);
  }

  @Test
  void splitsGivenNamesAndDropsSuffixes() {
    line(100, "1", "OKAFOR", "JR");
    line(160, "2", "DESMOND", "LEE");

    Map<FrontField, Evidence<String>> fields = extract();

    assertThat(field(fields, FrontField.LAST_NAME).value()).isEqualTo("OKAFOR");
    assertThat(field(fields, FrontField.FIRST_NAME).value()).isEqualTo("DESMOND");
    assertThat(field(fields, FrontField.MIDDLE_NAME).value()).isEqualTo("LEE");
  }

  @Test
  void doesNotTakeWordsInsideAValueForLabels() {
    line(100, "8", "7608", "CEDAR", "LN");
    line(140, "AUSTIN,", "TX", "78778");

    Map<FrontField, Evidence<String>> fields = extract();

    assertThat(field(fields, FrontField.ADDRESS_STREET).value()).isEqualTo("7608 CEDAR LN");
    assertThat(field(fields, FrontField.ADDRESS_CITY_STATE_ZIP).value())
        .isEqualTo("AUSTIN, TX 78778");
    assertThat(fields).doesNotContainKey(FrontField.LAST_NAME);
  }

  @Test
  void findsFieldsByShapeWhenTheirLabelsAreUnreadable() {
    line(100, "ict", "W15286151");
    line(160, "Lv", "WHITLOCK", "JR");
    line(220, "FN", "CAROLINE");
    line(280, "%", "88", "CEDAR", "LN");
    line(320, "__", "COLUMBUS,", "OH", "43215");

    Map<FrontField, Evidence<String>> fields = extract();

    assertThat(field(fields, FrontField.LICENSE_NUMBER).value()).isEqualTo("W15286151");
    assertThat(field(fields, FrontField.LAST_NAME).value()).isEqualTo("WHITLOCK");
    assertThat(field(fields, FrontField.ADDRESS_CITY_STATE_ZIP).value())
        .isEqualTo("COLUMBUS, OH 43215");
    assertThat(field(fields, FrontField.LICENSE_NUMBER).confidence())
        .isLessThan(0.95 * Unlabelled.WEIGHT);
  }

  @Test
  void placesDatesWithUnreadableLabelsByTheirOrderInTime() {
    line(100, "4b", "EXP", "04/22/2033", "__", "4a", "ISS", "04/10/2025");
    line(160, "3bpo0B", "10/22/1975");

    Evidence<String> dob = field(extract(), FrontField.DATE_OF_BIRTH);

    assertThat(dob.value()).isEqualTo("1975-10-22");
    assertThat(dob.confidence()).isLessThanOrEqualTo(0.95 * Unlabelled.WEIGHT);
  }

  @Test
  void anUnclaimedDateTooCloseToTheOthersIsNotABirthDate() {
    line(100, "4b", "EXP", "04/22/2033", "__", "4a", "ISS", "04/10/2025");
    line(160, "xx", "10/22/2015");

    Map<FrontField, Evidence<String>> fields = extract();

    assertThat(fields).doesNotContainKey(FrontField.DATE_OF_BIRTH);
  }

  @Test
  void anUnclaimedLatestDateIsTheExpiry() {
    line(100, "3", "DOB", "10/22/1975", "__", "4a", "ISS", "04/10/2025");
    line(160, "4bexe", "04/22/2033");

    assertThat(field(extract(), FrontField.EXPIRATION_DATE).value()).isEqualTo("2033-04-22");
  }

  @Test
  void aMalformedValueKeepsLittleConfidence() {
    line(100, "3", "DOB", "04/1B/19B");
    line(160, "4a", "ISS", "05/02/2022");
    line(220, "4b", "EXP", "04/18/2030");

    Evidence<String> dob = field(extract(), FrontField.DATE_OF_BIRTH);

    assertThat(dob.value()).isEqualTo("04/1B/19B");
    assertThat(dob.confidence()).isLessThanOrEqualTo(FieldExtractor.FORMAT_PENALTY);
  }

  @Test
  void valuesOnSomethingWithoutDatesAreDoubted() {
    line(100, "CLASS", "C");

    assertThat(field(extract(), FrontField.LICENSE_CLASS).confidence()).isLessThanOrEqualTo(0.5);
  }

  private Map<FrontField, Evidence<String>> extract() {
    return FieldExtractor.extract(TextLine.group(words), SecondLook.Rescan.NONE).fields();
  }

  private void word(int left, int bottom, String text) {
    words.add(OcrWord.of(text, 95f, left, bottom - 20, left + 14 * text.length(), bottom));
  }

  /** Words on one baseline, 14 px per character, 10 px apart; "__" is a wide gap between fields. */
  private void line(int bottom, String... texts) {
    int x = 10;
    for (String text : texts) {
      if (text.equals("__")) {
        x += 60;
        continue;
      }
      int width = 14 * text.length();
      words.add(OcrWord.of(text, 95f, x, bottom - 20, x + width, bottom));
      x += width + 10;
    }
  }

  /** The field, which the test expects to have been read. */
  private static Evidence<String> field(Map<FrontField, Evidence<String>> fields, FrontField f) {
    return Objects.requireNonNull(fields.get(f), () -> f + " was not read");
  }
}
