package onramp.documents.aamva;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import onramp.documents.aamva.AamvaFormatException.Problem;

/**
 * Dates are eight digits: MMDDCCYY for the USA, CCYYMMDD for Canada and for version 01. Real cards
 * break that rule (WV, WY, NB), so each value is read in the expected order first and in the other
 * order when the first is no real date; years outside 1850–2199 count as no real date, which makes
 * the two readings mutually exclusive.
 */
final class AamvaDates {
  private static final int MIN_YEAR = 1850;
  private static final int MAX_YEAR = 2199;

  enum Order {
    MMDDCCYY,
    CCYYMMDD
  }

  private AamvaDates() {}

  static Order expectedOrder(int version, Country country) {
    return version <= 1 || country == Country.CANADA ? Order.CCYYMMDD : Order.MMDDCCYY;
  }

  static LocalDate parse(
      String id, String label, String raw, Order expected, List<String> warnings) {
    String value = raw.trim();
    if (value.length() != 8 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new AamvaFormatException(
          Problem.INVALID_DATE,
          String.format(
              "%s (%s) is not eight digits (%s); the barcode is damaged or not a licence",
              label, id, expected));
    }
    Optional<LocalDate> date = read(value, expected);
    if (date.isPresent()) {
      return date.get();
    }
    Order other = expected == Order.MMDDCCYY ? Order.CCYYMMDD : Order.MMDDCCYY;
    date = read(value, other);
    if (date.isPresent()) {
      warnings.add(
          String.format(
              "%s (%s) read as %s although the standard says %s for this card",
              label, id, other, expected));
      return date.get();
    }
    throw new AamvaFormatException(
        Problem.INVALID_DATE,
        String.format(
            "%s (%s) is not a real date in MMDDCCYY or CCYYMMDD order; the barcode is damaged or forged",
            label, id));
  }

  static String format(LocalDate date, Order order) {
    return order == Order.MMDDCCYY
        ? String.format("%02d%02d%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear())
        : String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  private static Optional<LocalDate> read(String v, Order order) {
    int year;
    int month;
    int day;
    if (order == Order.MMDDCCYY) {
      month = Integer.parseInt(v.substring(0, 2));
      day = Integer.parseInt(v.substring(2, 4));
      year = Integer.parseInt(v.substring(4, 8));
    } else {
      year = Integer.parseInt(v.substring(0, 4));
      month = Integer.parseInt(v.substring(4, 6));
      day = Integer.parseInt(v.substring(6, 8));
    }
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
