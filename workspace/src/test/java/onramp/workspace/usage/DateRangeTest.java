package onramp.workspace.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRangeTest {
  @Test
  void coversWholeUtcDaysBothIncluded() {
    DateRange march = DateRange.parse("2026-03-01", "2026-03-31");

    assertThat(march.start()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(march.end()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
    assertThat(march.days()).hasSize(31);
  }

  @Test
  void listsTheMondayOfEveryIsoWeekItTouches() {
    DateRange range = DateRange.parse("2026-03-04", "2026-03-16");

    assertThat(range.weeks())
        .extracting(LocalDate::toString)
        .containsExactly("2026-03-02", "2026-03-09", "2026-03-16");
  }

  @Test
  void theLastWeeksEndTodayAndStartOnAMonday() {
    DateRange twelve = DateRange.lastWeeks(LocalDate.parse("2026-03-18"), 12);

    assertThat(twelve.first()).isEqualTo(LocalDate.parse("2025-12-29"));
    assertThat(twelve.last()).isEqualTo(LocalDate.parse("2026-03-18"));
    assertThat(twelve.weeks()).hasSize(12);
  }

  @ParameterizedTest
  @CsvSource({
    "2026-01-01, 2026-W01",
    "2026-03-02, 2026-W10",
    "2027-01-01, 2026-W53",
    "2024-12-30, 2025-W01"
  })
  void namesIsoWeeksByTheirWeekBasedYear(String day, String week) {
    assertThat(DateRange.isoWeek(LocalDate.parse(day))).isEqualTo(week);
  }

  @Test
  void refusesMalformedBackwardsAndHugeRangesWithAMessageThatSaysWhy() {
    assertThatThrownBy(() -> DateRange.parse("2026-3-01", "2026-03-31"))
        .hasMessage("from is a day written YYYY-MM-DD, e.g. 2026-03-02; got '2026-3-01'");
    assertThatThrownBy(() -> DateRange.parse("2026-03-31", "2026-03-01"))
        .hasMessage("the range ends (2026-03-01) before it starts (2026-03-31); swap from and to");
    assertThatThrownBy(() -> DateRange.parse("2020-01-01", "2026-01-01"))
        .hasMessageContaining("more than the 1100 one report covers");
  }
}
