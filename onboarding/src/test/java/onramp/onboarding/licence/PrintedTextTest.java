package onramp.onboarding.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrintedTextTest {
  /** As Tesseract read a rotated Maryland card whose small labels (DL, LN, FN) were lost. */
  private static final List<String> CARD =
      List.of(
          "MARYLAND DRIVER LICENSE",
          "USA",
          "1805556625735 EXP 05/03/2028",
          "DE LA CRUZ",
          "PR YA",
          "ADDRESS",
          "8325 ELM CT",
          "BALTIMORE, MD 21279",
          "DOB ISS SEX",
          "10/04/2000 01/26/2020 F");

  @Test
  void findsANameOnItsOwnLineButNotInsideAnother() {
    assertThat(PrintedText.showsName(CARD, "DE LA CRUZ", Optional.of("Maryland"))).isTrue();
    assertThat(PrintedText.showsName(CARD, "De la Cruz", Optional.empty())).isTrue();
    assertThat(PrintedText.showsName(CARD, "CRUZ", Optional.empty())).isFalse();
    assertThat(PrintedText.showsName(CARD, "PRIYA", Optional.empty()))
        .isFalse(); // read "PR YA": not found
    assertThat(PrintedText.showsName(CARD, "ELM", Optional.empty())).isFalse();
  }

  @Test
  void dropsTheLabelPrintedBeforeTheName() {
    assertThat(
            PrintedText.showsName(List.of("1 QUINN", "2 JORDAN AVERY"), "QUINN", Optional.empty()))
        .isTrue();
    assertThat(PrintedText.showsName(List.of("LN QUINN"), "QUINN", Optional.empty())).isTrue();
    assertThat(
            PrintedText.showsName(List.of("2 FN JORDAN AVERY"), "JORDAN AVERY", Optional.empty()))
        .isTrue();
  }

  @Test
  void theCardTitleAndShortNamesFindNothing() {
    assertThat(PrintedText.showsName(List.of("MARYLAND"), "MARYLAND", Optional.of("Maryland")))
        .isFalse();
    assertThat(PrintedText.showsName(List.of("USA"), "USA", Optional.empty())).isFalse();
    assertThat(PrintedText.showsName(List.of("LI"), "LI", Optional.empty())).isFalse();
  }

  @Test
  void findsTheNumberWithLookAlikesAndSpacingButNotAnother() {
    assertThat(PrintedText.showsNumber(CARD, "L805556625735")).isTrue();
    assertThat(PrintedText.showsNumber(List.of("DL 123 456 789"), "123456789")).isTrue();
    assertThat(PrintedText.showsNumber(CARD, "L805556625736")).isFalse();
    assertThat(PrintedText.showsNumber(CARD, "L80555662573"))
        .isFalse(); // a prefix is not the number
    assertThat(PrintedText.showsNumber(List.of("12345"), "12345"))
        .isFalse(); // too short to look for
  }

  @Test
  void findsADateOnlyInThePrintedFormat() {
    assertThat(PrintedText.showsDate(CARD, LocalDate.of(2000, 10, 4))).isTrue();
    assertThat(PrintedText.showsDate(CARD, LocalDate.of(2028, 5, 3))).isTrue();
    assertThat(PrintedText.showsDate(CARD, LocalDate.of(2028, 3, 5)))
        .isFalse(); // 05/03 is May 3, not March 5
    assertThat(PrintedText.showsDate(List.of("10 / 04 / 2000"), LocalDate.of(2000, 10, 4)))
        .isTrue();
    assertThat(PrintedText.showsDate(List.of("10/04/2001"), LocalDate.of(2000, 10, 4))).isFalse();
  }
}
