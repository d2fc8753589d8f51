package onramp.documents.front;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The formats printed on a US licence front (AAMVA DL/ID Card Design Standard), both ways: what the
 * renderer prints and what a reader or a cross-check parses. Parsers forgive the usual OCR slips in
 * digit-only places (O for 0, l for 1) and return empty when the text is not the format.
 */
public final class PrintedFormats {
  /** AAMVA D20 eye colour codes. */
  public static final Set<String> EYE_COLORS =
      Set.of("BLK", "BLU", "BRO", "GRY", "GRN", "HAZ", "MAR", "PNK", "DIC", "UNK");

  private static final Pattern DATE =
      Pattern.compile("(\\d{2})\\s?[/.\\-]?\\s?(\\d{2})\\s?[/.\\-]?\\s?(\\d{4})");

  /** Year first: ISO CCYY-MM-DD, and CCYY/MM/DD as Ontario prints it. */
  private static final Pattern YEAR_FIRST =
      Pattern.compile("(\\d{4})\\s?[/.\\-]\\s?(\\d{2})\\s?[/.\\-]\\s?(\\d{2})");

  /** A month by name: 2030-APR-17 (British Columbia), 17-APR-2030, APR 17 2030, 17 APR 2030. */
  private static final Pattern MONTH_YEAR_FIRST =
      Pattern.compile(
          "([0-9OIlSBZ]{4})\\s?[/.\\- ]\\s?([A-Z0]{3,4})\\.?\\s?[/.\\- ]\\s?([0-9OIlSBZ]{1,2})");

  private static final Pattern MONTH_DAY_FIRST =
      Pattern.compile(
          "([0-9OIlSBZ]{1,2})\\s?[/.\\- ]\\s?([A-Z0]{3,4})\\.?\\s?[/.\\- ]\\s?([0-9OIlSBZ]{4})");
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "([A-Z0]{3,4})\\.?\\s?[/.\\- ]\\s?([0-9OIlSBZ]{1,2})\\s?[,/.\\- ]\\s?([0-9OIlSBZ]{4})");

  /** English and French month abbreviations as cards print them (accents folded). */
  private static final Map<String, Integer> MONTHS = monthNames();

  private static final Pattern FEET_INCHES =
      Pattern.compile("([4-8])\\s*['’`]?\\s*[-–]?\\s*(\\d{1,2})\\s*(?:\"|”|''|IN)?");
  private static final Pattern TOTAL_INCHES = Pattern.compile("(\\d{2,3})\\s*IN(?:CHES)?");
  private static final Pattern CENTIMETRES = Pattern.compile("(\\d{3})\\s*CM");
  private static final Pattern CITY_STATE_ZIP =
      Pattern.compile("([A-Z][A-Z .'\\-]*?)\\s*,?\\s+([A-Z]{2})\\s+(\\d{5})(?:\\s*-\\s*(\\d{4}))?");
  private static final Pattern LICENCE_NUMBER = Pattern.compile("[A-Z0-9]{4,16}");
  private static final Pattern CODES =
      Pattern.compile("NONE|[A-Z0-9]{1,3}(?:[ ,]+[A-Z0-9]{1,3}){0,5}");

  private PrintedFormats() {}

  /**
   * A printed date, years 1900–2100: MM/DD/CCYY, MM-DD-CCYY, MMDDCCYY (US cards); CCYY-MM-DD and
   * CCYY/MM/DD (ISO, Ontario); a month by name in English or French, year first or last
   * (2030-APR-17 as British Columbia prints it, 17 APR 2030, APR 17, 2030).
   */
  public static Optional<LocalDate> parseDate(String text) {
    String raw =
        Normalizer.normalize(text.strip().toUpperCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
    Optional<LocalDate> named = namedMonth(raw);
    if (named.isPresent()) {
      return named;
    }
    String s = digitsLikely(text.strip());
    Matcher iso = YEAR_FIRST.matcher(s);
    if (iso.matches()) {
      return date(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher m = DATE.matcher(s);
    return m.matches() ? date(m.group(3), m.group(1), m.group(2)) : Optional.empty();
  }

  private static Optional<LocalDate> namedMonth(String s) {
    Matcher m = MONTH_YEAR_FIRST.matcher(s);
    if (m.matches()) {
      return month(m.group(2))
          .flatMap(mo -> date(digitsLikely(m.group(1)), mo, digitsLikely(m.group(3))));
    }
    Matcher d = MONTH_DAY_FIRST.matcher(s);
    if (d.matches()) {
      return month(d.group(2))
          .flatMap(mo -> date(digitsLikely(d.group(3)), mo, digitsLikely(d.group(1))));
    }
    Matcher f = MONTH_FIRST.matcher(s);
    if (f.matches()) {
      return month(f.group(1))
          .flatMap(mo -> date(digitsLikely(f.group(3)), mo, digitsLikely(f.group(2))));
    }
    return Optional.empty();
  }

  /** A month abbreviation, with OCR's 0-for-O slip forgiven ("0CT", "N0V"). */
  private static Optional<String> month(String word) {
    Integer m = MONTHS.get(word.replace('0', 'O'));
    return m == null ? Optional.empty() : Optional.of(Integer.toString(m));
  }

  private static Map<String, Integer> monthNames() {
    Map<String, Integer> m = new HashMap<>();
    String[][] names = {
      {"JAN", "JANV"},
      {"FEB", "FEV", "FEVR"},
      {"MAR", "MARS"},
      {"APR", "AVR", "AVRI"},
      {"MAY", "MAI"},
      {"JUN", "JUIN", "JUNE"},
      {"JUL", "JUIL", "JULY"},
      {"AUG", "AOU", "AOUT"},
      {"SEP", "SEPT"},
      {"OCT"},
      {"NOV"},
      {"DEC"}
    };
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(n, i + 1);
      }
    }
    return Map.copyOf(m);
  }

  /** How the front prints a date: MM/DD/CCYY. */
  public static String formatDate(LocalDate date) {
    return String.format(
        Locale.ROOT, "%02d/%02d/%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear());
  }

  /** Height in total inches from {@code 5'-09"}, {@code 5-09}, {@code 069 IN} or {@code 175 cm}. */
  public static OptionalInt parseHeight(String text) {
    String s = text.strip().toUpperCase(Locale.ROOT);
    Matcher total = TOTAL_INCHES.matcher(s);
    if (total.matches()) {
      return plausibleHeight(Integer.parseInt(total.group(1)));
    }
    Matcher cm = CENTIMETRES.matcher(s);
    if (cm.matches()) {
      return plausibleHeight((int) Math.round(Integer.parseInt(cm.group(1)) / 2.54));
    }
    Matcher fi = FEET_INCHES.matcher(digitsLikely(s));
    if (fi.matches() && Integer.parseInt(fi.group(2)) < 12) {
      return plausibleHeight(Integer.parseInt(fi.group(1)) * 12 + Integer.parseInt(fi.group(2)));
    }
    return OptionalInt.empty();
  }

  /** How the front prints a height: {@code 5'-09"}. */
  public static String formatHeight(int inches) {
    return String.format(Locale.ROOT, "%d'-%02d\"", inches / 12, inches % 12);
  }

  /** Sex as M, F or X, from the printed letter, the word, or the AAMVA barcode code 1/2/9. */
  public static Optional<String> parseSex(String text) {
    return switch (text.strip().toUpperCase(Locale.ROOT)) {
      case "M", "MALE", "1" -> Optional.of("M");
      case "F", "FEMALE", "2" -> Optional.of("F");
      case "X", "9" -> Optional.of("X");
      default -> Optional.empty();
    };
  }

  /** A name as printed, upper case, single spaces, without stray OCR punctuation at the ends. */
  public static String normaliseName(String text) {
    return text.toUpperCase(Locale.ROOT)
        .replaceAll("[^A-Z' \\-]", " ")
        .replaceAll("\\s+", " ")
        .replaceAll("^[ '\\-]+|[ '\\-]+$", "");
  }

  /** A licence number without the spaces and hyphens some states print for legibility. */
  public static String normaliseLicenceNumber(String text) {
    return text.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]", "");
  }

  /**
   * A licence number as OCR read it, with look-alike letters in its digit run made digits: most
   * states print a letter or two then digits, so in {@code MQ5384570} the Q is a 0. Only when
   * everything after the first character is digits but one or two look-alikes.
   */
  static String repairLicenceNumber(String number) {
    if (number.length() < 5) {
      return number;
    }
    String tail = number.substring(1);
    long letters = tail.chars().filter(Character::isLetter).count();
    if (letters == 0 || letters > 2) {
      return number;
    }
    String repaired = digitsLikely(tail.replace('Q', '0'));
    return repaired.chars().allMatch(Character::isDigit) ? number.charAt(0) + repaired : number;
  }

  /** The second address line, e.g. {@code RICHMOND, VA 23219-1234}. */
  public static Optional<CityStateZip> parseCityStateZip(String text) {
    Matcher m =
        CITY_STATE_ZIP.matcher(text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " "));
    if (!m.matches()) {
      return Optional.empty();
    }
    String zip = m.group(4) == null ? m.group(3) : m.group(3) + "-" + m.group(4);
    return Optional.of(new CityStateZip(m.group(1).strip(), m.group(2), zip));
  }

  /** A city, state and ZIP line. */
  public record CityStateZip(String city, String state, String postalCode) {
    /** As printed and as {@link FrontReader} reports it: {@code RICHMOND, VA 23219}. */
    public String printed() {
      return city + ", " + state + " " + postalCode;
    }
  }

  /**
   * The normalised value of a field if the text is in that field's format. Readers use it as the
   * format check that decides the confidence.
   */
  static Optional<String> normalise(FrontField field, String text) {
    String upper = text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    return switch (field) {
      case DATE_OF_BIRTH, ISSUE_DATE, EXPIRATION_DATE -> parseDate(upper).map(LocalDate::toString);
      case SEX -> parseSex(upper);
      case HEIGHT -> {
        OptionalInt h = parseHeight(upper);
        yield h.isPresent() ? Optional.of(Integer.toString(h.getAsInt())) : Optional.empty();
      }
      case EYE_COLOR -> EYE_COLORS.contains(upper) ? Optional.of(upper) : Optional.empty();
      case LICENSE_NUMBER ->
          Optional.of(repairLicenceNumber(normaliseLicenceNumber(upper)))
              .filter(n -> LICENCE_NUMBER.matcher(n).matches());
      case LAST_NAME, FIRST_NAME, MIDDLE_NAME ->
          Optional.of(normaliseName(upper)).filter(n -> n.matches("[A-Z][A-Z' \\-]*"));
      case ADDRESS_STREET ->
          Optional.of(upper).filter(s -> s.matches("[0-9A-Z#][0-9A-Z .,#'/\\-]+"));
      case ADDRESS_CITY_STATE_ZIP -> parseCityStateZip(upper).map(CityStateZip::printed);
      case LICENSE_CLASS -> Optional.of(upper).filter(s -> s.matches("[A-Z0-9]{1,3}"));
      case ENDORSEMENTS, RESTRICTIONS -> Optional.of(upper).filter(s -> CODES.matcher(s).matches());
    };
  }

  /**
   * A date a licence can carry: born after 1900, expiring before 2100. "12/19/2622" is 2027
   * misread, not a date, so the reader looks at the field again instead of trusting it.
   */
  private static Optional<LocalDate> date(String year, String month, String day) {
    int y = Integer.parseInt(year);
    if (y < 1900 || y > 2100) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static OptionalInt plausibleHeight(int inches) {
    return inches >= 36 && inches <= 108 ? OptionalInt.of(inches) : OptionalInt.empty();
  }

  /** In places that hold only digits, OCR's letter look-alikes are digits. */
  private static String digitsLikely(String s) {
    return s.replace('O', '0')
        .replace('o', '0')
        .replace('D', '0')
        .replace('Q', '0')
        .replace('@', '0')
        .replace('I', '1')
        .replace('l', '1')
        .replace('|', '1')
        .replace('S', '5')
        .replace('B', '8')
        .replace('Z', '2');
  }
}
