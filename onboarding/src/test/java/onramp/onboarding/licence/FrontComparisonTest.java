package onramp.onboarding.licence;

import static org.assertj.core.api.Assertions.assertThat;

import onramp.onboarding.casefile.FrontSide;
import onramp.onboarding.licence.FrontComparison.Agreement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrontComparisonTest {

  @ParameterizedTest(name = "{0}: front \"{1}\" vs barcode \"{2}\" → {3}")
  @CsvSource({
    "LICENSE_NUMBER, T12345678, T12345678, SAME",
    "LICENSE_NUMBER, 112345678, T12345678, SAME", // T read as 1
    "LICENSE_NUMBER, 0908618225167, O908618225167, SAME", // O read as 0
    "LICENSE_NUMBER, WOTCXFLX938BU, WDTCXFLX938BU, SAME", // D read as O
    "LICENSE_NUMBER, 5525327059, 52-532-7059, UNSURE", // dash read as a digit
    "LICENSE_NUMBER, X98765432, T12345678, DIFFERENT",
    "FIRST_NAME, THI, THI LAN, SAME",
    "FIRST_NAME, MARIA, MARIA JOSE, SAME",
    "FIRST_NAME, JORDAN, JORDAN, SAME",
    "LAST_NAME, MACD0NALD, MACDONALD, UNSURE",
    "LAST_NAME, HAWTHORNE, QUINN, DIFFERENT",
    "LAST_NAME, LAN, THI LAN, UNSURE", // part of the name: a partial read
    "DATE_OF_BIRTH, 1987-07-10, 1987-07-10, SAME",
    "DATE_OF_BIRTH, 1984-07-10, 1987-07-10, DIFFERENT",
    "EXPIRATION_DATE, 2622-12-19, 2027-12-19, UNSURE",
    "FIRST_NAME, ELIF, ZOE ELIF, UNSURE",
    "FIRST_NAME, ZOE, ZOE ELIF, SAME",
    "SEX, F, M, DIFFERENT",
    "HEIGHT, 69, 69, SAME",
    "HEIGHT, 76, 73, UNSURE",
    "HEIGHT, 62, 73, DIFFERENT"
  })
  void tellsOcrSlipsFromRealDifferences(
      FrontSide.Field field, String front, String barcode, Agreement expected) {
    assertThat(FrontComparison.compare(field, front, barcode)).isEqualTo(expected);
  }
}
