package onramp.onboarding.i9;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * Business days for the I-9 deadlines: Monday to Friday except US federal holidays as observed (5
 * U.S.C. 6103: a Saturday holiday is observed the Friday before, a Sunday holiday the Monday after;
 * Juneteenth from 2021). M-274 §3.0 counts "business days" as days the employer is open; we use the
 * federal calendar, the conservative choice for an employer open Monday to Friday.
 */
public final class BusinessDays {
  private BusinessDays() {}

  /** The date {@code days} business days after {@code start} (not counting {@code start}). */
  public static LocalDate plus(LocalDate start, int days) {
    LocalDate d = start;
    int left = days;
    while (left > 0) {
      d = d.plusDays(1);
      if (isBusinessDay(d)) {
        left--;
      }
    }
    return d;
  }

  public static boolean isBusinessDay(LocalDate d) {
    DayOfWeek w = d.getDayOfWeek();
    return w != DayOfWeek.SATURDAY
        && w != DayOfWeek.SUNDAY
        && !federalHolidays(d.getYear()).contains(d)
        && !federalHolidays(d.getYear() + 1).contains(d);
  }

  /** The observed federal holidays whose observed date falls in or near {@code year}. */
  public static Set<LocalDate> federalHolidays(int year) {
    Set<LocalDate> days = new HashSet<>();
    days.add(observed(LocalDate.of(year, Month.JANUARY, 1)));
    days.add(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3));
    days.add(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
    days.add(
        LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    if (year >= 2021) {
      days.add(observed(LocalDate.of(year, Month.JUNE, 19)));
    }
    days.add(observed(LocalDate.of(year, Month.JULY, 4)));
    days.add(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
    days.add(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2));
    days.add(observed(LocalDate.of(year, Month.NOVEMBER, 11)));
    days.add(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));
    days.add(observed(LocalDate.of(year, Month.DECEMBER, 25)));
    return days;
  }

  private static LocalDate observed(LocalDate holiday) {
    return switch (holiday.getDayOfWeek()) {
      case SATURDAY -> holiday.minusDays(1);
      case SUNDAY -> holiday.plusDays(1);
      default -> holiday;
    };
  }

  private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
  }
}
