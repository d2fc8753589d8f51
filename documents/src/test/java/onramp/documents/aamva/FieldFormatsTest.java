package onramp.documents.aamva;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import onramp.documents.aamva.AamvaDates.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Heights, postal codes, dates and names in the forms real cards write them. */
class FieldFormatsTest {

  @ParameterizedTest(name = "''{0}'' is {1} {2} = {3} in")
  @CsvSource(
      delimiter = '|',
      value = {
        "070 in  | 70  | INCHES      | 70",
        "'72 IN '| 72  | INCHES      | 72",
        "' 65 IN'| 65  | INCHES      | 65",
        "175 cm  | 175 | CENTIMETERS | 69",
        "155 CM  | 155 | CENTIMETERS | 61",
        "507     | 67  | INCHES      | 67",
        "600     | 72  | INCHES      | 72",
        "5-07    | 67  | INCHES      | 67",
        "5'10\"  | 70  | INCHES      | 70",
      })
  void readsHeights(String raw, int value, Height.Unit unit, int inches) {
    Height height = Height.parse(raw).orElseThrow();

    assertThat(height).isEqualTo(new Height(value, unit));
    assertThat(height.inches()).isEqualTo(inches);
  }

  @ParameterizedTest
  @CsvSource({"''", "NONE", "5-13", "tall"})
  void ignoresWhatIsNoHeight(String raw) {
    assertThat(Height.parse(raw)).isEmpty();
  }

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'123456789  ' | 12345-6789",
        "'12345    '   | 12345",
        "'123450000  ' | 12345",
        "0210800000    | 02108",
        "'71901 4455 ' | 71901-4455",
        "85641-4321    | 85641-4321",
        "'44556-     ' | 44556",
        "'96826     0' | 96826",
        "'T4G 7A7'     | T4G 7A7",
        "'n1m3j6    '  | N1M 3J6",
      })
  void normalisesPostalCodes(String raw, String expected) {
    assertThat(PostalCodes.normalise(raw, new ArrayList<>())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} expected {1} -> {2}")
  @CsvSource({
    "12102024, MMDDCCYY, 2024-12-10, false",
    "20241210, MMDDCCYY, 2024-12-10, true",
    "20241210, CCYYMMDD, 2024-12-10, false",
    "12102024, CCYYMMDD, 2024-12-10, true",
    "02291996, MMDDCCYY, 1996-02-29, false",
  })
  void readsDatesInEitherOrderAndSaysWhenItHadTo(
      String raw, Order expected, LocalDate date, boolean inferred) {
    List<String> warnings = new ArrayList<>();

    assertThat(AamvaDates.parse("DBA", "expiration date", raw, expected, warnings)).isEqualTo(date);
    assertThat(warnings).hasSize(inferred ? 1 : 0);
  }

  @Test
  void readsVersion01FullNamesInBothOrders() {
    assertThat(Names.from(java.util.Map.of("DAA", "JOHN ROBERT LEE SMITH")))
        .isEqualTo(new Names("SMITH", "JOHN", Optional.of("ROBERT LEE"), Optional.empty()));
    assertThat(Names.from(java.util.Map.of("DAA", "CORTEZ,PABLO,LUIS RODRIGUEZ,JR")))
        .isEqualTo(new Names("CORTEZ", "PABLO", Optional.of("LUIS RODRIGUEZ"), Optional.of("JR")));
    assertThat(Names.from(java.util.Map.of("DAA", "SMITH, MARY JONES")))
        .isEqualTo(new Names("SMITH", "MARY", Optional.of("JONES"), Optional.empty()));
  }

  @Test
  void joinsCommaSeparatedMiddleNamesWithSpaces() {
    assertThat(
            Names.from(java.util.Map.of("DCS", "DOE", "DAC", "JANE", "DAD", "ANN,MARIE")).middle())
        .contains("ANN MARIE");
  }

  @Test
  void looksUpJurisdictionsByIssuerNumberAndCode() {
    IinTable table = IinTable.standard();

    assertThat(table.byIin("636000")).contains(new Jurisdiction("VA", "Virginia", Country.USA));
    assertThat(table.byIin("604426")).map(Jurisdiction::country).contains(Country.CANADA);
    assertThat(table.byIin("636056")).map(Jurisdiction::country).contains(Country.MEXICO);
    assertThat(table.byCode("on")).map(Jurisdiction::name).contains("Ontario");
    assertThat(table.byIin("111111")).isEmpty();
    assertThat(table.byCode("XX")).isEmpty();
  }
}
