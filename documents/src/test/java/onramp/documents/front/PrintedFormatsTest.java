package onramp.documents.front;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrintedFormatsTest {
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "04/18/1985 | 1985-04-18",
        "04-18-1985 | 1985-04-18",
        "04.18.1985 | 1985-04-18",
        "04181985   | 1985-04-18",
        "1985-04-18 | 1985-04-18",
        "O4/l8/1985 | 1985-04-18",
        "02/29/2024 | 2024-02-29",
        "12/31/1999 | 1999-12-31",
        "1985/04/18 | 1985-04-18",
        "2030-APR-17 | 2030-04-17",
        "2030-AVR-17 | 2030-04-17",
        "2030 0CT 05 | 2030-10-05",
        "17-APR-2030 | 2030-04-17",
        "17 Apr 2030 | 2030-04-17",
        "DEC 05, 2029 | 2029-12-05",
        "2030-FÉV-03 | 2030-02-03"
      })
  void parsesPrintedDates(String printed, LocalDate expected) {
    assertThat(PrintedFormats.parseDate(printed)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "13/01/1985",
        "02/30/2023",
        "4/18/85",
        "18.04",
        "",
        "DOB",
        "04/18/19855",
        "12/19/2622",
        "01/01/1899",
        "2101-01-01",
        "2030-ABC-17",
        "2030-APR-32",
        "1985/18/04"
      })
  void refusesWhatIsNotAPrintedDate(String text) {
    assertThat(PrintedFormats.parseDate(text)).isEmpty();
  }

  @Test
  void printsDatesAsMonthDayCenturyYear() {
    assertThat(PrintedFormats.formatDate(LocalDate.of(2030, 1, 5))).isEqualTo("01/05/2030");
  }

  @ParameterizedTest(name = "{0} is {1} inches")
  @CsvSource(
      delimiter = '|',
      value = {
        "5'-09\"  | 69",
        "5'-09    | 69",
        "5-09     | 69",
        "5' 9\"   | 69",
        "5’-09”   | 69",
        "6'-00\"  | 72",
        "069 IN   | 69",
        "069 in   | 69",
        "69 IN    | 69",
        "175 cm   | 69",
        "5'-Q7\"  | 67",
        "4'-11\"  | 59"
      })
  void parsesHeights(String printed, int inches) {
    assertThat(PrintedFormats.parseHeight(printed)).isEqualTo(OptionalInt.of(inches));
  }

  @ParameterizedTest
  @ValueSource(strings = {"5'-13\"", "HGT", "", "999 IN", "12 IN"})
  void refusesWhatIsNotAHeight(String text) {
    assertThat(PrintedFormats.parseHeight(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"M,M", "m,M", "MALE,M", "1,M", "F,F", "female,F", "2,F", "X,X", "9,X"})
  void parsesSex(String printed, String expected) {
    assertThat(PrintedFormats.parseSex(printed)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"U", "", "3", "MF"})
  void refusesUnknownSex(String text) {
    assertThat(PrintedFormats.parseSex(text)).isEmpty();
  }

  @Test
  void printsHeightAsFeetDashInches() {
    assertThat(PrintedFormats.formatHeight(69)).isEqualTo("5'-09\"");
    assertThat(PrintedFormats.formatHeight(72)).isEqualTo("6'-00\"");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "RICHMOND, VA 23220      | RICHMOND   | VA | 23220",
        "SALT LAKE CITY UT 84101 | SALT LAKE CITY | UT | 84101",
        "Erie, PA 16509-1234     | ERIE       | PA | 16509-1234"
      })
  void splitsTheCityLine(String line, String city, String state, String zip) {
    assertThat(PrintedFormats.parseCityStateZip(line))
        .contains(new PrintedFormats.CityStateZip(city, state, zip));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "MQ5384570,M05384570",
    "T12-345-678,T12345678",
    "A1234567,A1234567",
    "WDLABCD456DG,WDLABCD456DG"
  })
  void repairsLookAlikesInTheDigitsOfALicenceNumber(String read, String expected) {
    assertThat(PrintedFormats.normalise(FrontField.LICENSE_NUMBER, read)).contains(expected);
  }

  @Test
  void namesAreUpperCaseWithoutStrayPunctuation() {
    assertThat(PrintedFormats.normaliseName(" o'brien-smith, ")).isEqualTo("O'BRIEN-SMITH");
  }
}
