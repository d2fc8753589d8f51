package onramp.gateway.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsageRequestTest {

  @Test
  void aMonthIsItsWholeCalendarMonthInUtc() {
    Period february = Period.parseMonth("2028-02");

    assertThat(february.first()).isEqualTo(LocalDate.of(2028, 2, 1));
    assertThat(february.last()).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(february.start()).hasToString("2028-02-01T00:00:00Z");
    assertThat(february.end()).hasToString("2028-03-01T00:00:00Z");
    assertThat(february.month()).hasValue(YearMonth.of(2028, 2));
    assertThat(february.days()).hasSize(29);
    assertThat(february.label()).isEqualTo("2028-02");
  }

  @Test
  void aRangeOfDaysIsNotAMonthEvenWithinOne() {
    Period days = Period.parseDays("2026-03-05", "2026-03-09");

    assertThat(days.month()).isEmpty();
    assertThat(days.days()).hasSize(5);
    assertThat(days.label()).isEqualTo("2026-03-05_2026-03-09");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-3", "2026-13", "March", "2026-03-01", ""})
  void aMalformedMonthIsRefusedWithTheFormToUse(String text) {
    assertThatThrownBy(() -> Period.parseMonth(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("YYYY-MM, e.g. 2026-03");
  }

  @Test
  void aRangeEndsAfterItStartsAndIsNotEndless() {
    assertThatThrownBy(() -> Period.parseDays("2026-03-09", "2026-03-05"))
        .hasMessageContaining("ends on or after it starts");
    assertThatThrownBy(() -> Period.parseDays("2024-01-01", "2026-01-01"))
        .hasMessageContaining("at most 400 days");
    assertThatThrownBy(() -> Period.parseDays("2026-03-09", "tomorrow"))
        .hasMessageContaining("YYYY-MM-DD");
  }

  @Test
  void dimensionsAreNamedInAnyCaseEachOnce() {
    assertThat(Dimension.parseList("team, TOOL,key"))
        .containsExactly(Dimension.TEAM, Dimension.TOOL, Dimension.KEY);
    assertThatThrownBy(() -> Dimension.parseList("team,vendor"))
        .hasMessage(
            "cannot group usage by 'vendor'; use one or more of key, team, tool, model, user");
    assertThatThrownBy(() -> Dimension.parseList("team,team")).hasMessageContaining("named twice");
    assertThatThrownBy(() -> Dimension.parseList(" , ")).hasMessageContaining("name what to group");
  }

  @Test
  void usageIsCountedPerDayOrPerMonth() {
    assertThat(Granularity.parse("Day")).isEqualTo(Granularity.DAY);
    assertThat(Granularity.MONTH.name(LocalDate.of(2026, 3, 14))).isEqualTo("2026-03");
    assertThat(Granularity.DAY.name(LocalDate.of(2026, 3, 14))).isEqualTo("2026-03-14");
    assertThatThrownBy(() -> Granularity.parse("week")).hasMessageContaining("not per 'week'");
  }
}
