package onramp.documents.i9;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class I9DatesTest {
  @ParameterizedTest(name = "''{0}'' is 2026-01-05")
  @ValueSource(
      strings = {
        "01/05/2026",
        "1/5/2026",
        "01-05-2026",
        "1-5-2026",
        "01.05.2026",
        "01052026",
        "2026-01-05",
        "2026/01/05",
        "Jan 5, 2026",
        "jan 5 2026",
        "January 5, 2026",
        "5 January 2026",
        "Jan. 5th, 2026",
        "  01/05/2026  ",
        "01 / 05 / 2026",
        "\t1/5/2026\n",
        "01/05/26"
      })
  void readsTheDatesPeopleType(String typed) {
    assertThat(I9Dates.parse(typed)).contains(LocalDate.of(2026, 1, 5));
  }

  @ParameterizedTest(name = "''{0}'' is not a date")
  @ValueSource(
      strings = {
        "13/45/2026",
        "02/30/2026",
        "00/10/2026",
        "2026-13-01",
        "Foo 5, 2026",
        "0105202",
        "N/A",
        "",
        "tomorrow"
      })
  void refusesWhatIsNotADate(String typed) {
    assertThat(I9Dates.parse(typed)).isEmpty();
  }

  @ParameterizedTest(name = "two-digit year {0} is {1}")
  @CsvSource({"03/14/90, 1990", "03/14/05, 2005", "03/14/30, 2030"})
  void readsTwoDigitYearsAroundThePresent(String typed, int year) {
    assertThat(I9Dates.parse(typed)).map(LocalDate::getYear).contains(year);
  }
}
