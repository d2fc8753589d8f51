package onramp.onboarding.i9;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessDaysTest {

  @ParameterizedTest(name = "first day {0} → Section 2 due {1}")
  @CsvSource({
    "2026-11-02, 2026-11-05", // Monday → Thursday
    "2026-11-06, 2026-11-12", // Friday; Wed 11 Nov is Veterans Day
    "2026-11-25, 2026-12-01", // Wednesday; Thanksgiving Thu 26, weekend
    "2026-07-02, 2026-07-08", // Thursday; Independence Day Saturday observed Friday 3 July
    "2027-12-23, 2027-12-29", // Thursday; Christmas Saturday observed Friday 24 December
    "2022-06-17, 2022-06-23" // Friday; Juneteenth Sunday observed Monday 20 June
  })
  void countsThreeBusinessDaysSkippingWeekendsAndObservedFederalHolidays(
      LocalDate firstDay, LocalDate due) {
    assertThat(BusinessDays.plus(firstDay, 3)).isEqualTo(due);
  }

  @ParameterizedTest
  @CsvSource({
    "2026-01-01, false", "2026-01-19, false", "2026-02-16, false", "2026-05-25, false",
        "2026-06-19, false",
    "2026-09-07, false", "2026-10-12, false", "2026-11-26, false", "2026-12-25, false",
        "2026-11-27, true",
    "2020-06-19, true"
  })
  void knowsTheFederalHolidays(LocalDate day, boolean business) {
    assertThat(BusinessDays.isBusinessDay(day)).isEqualTo(business);
  }
}
