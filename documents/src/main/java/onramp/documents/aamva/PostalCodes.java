package onramp.documents.aamva;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * DAK as printed: {@code 123459999 }, {@code 12345-6789}, {@code 0210800000} (MA pads with an extra
 * zero), {@code 96826 0}, {@code T4G 7A7}. Normalised to {@code 12345}, {@code 12345-6789} or
 * {@code A1B 2C3}.
 */
final class PostalCodes {
  private static final Pattern CANADIAN = Pattern.compile("[A-Z]\\d[A-Z]\\d[A-Z]\\d");
  private static final Pattern US_LEADING = Pattern.compile("\\d{5}.*");

  private PostalCodes() {}

  static String normalise(String raw, List<String> warnings) {
    String compact = raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (CANADIAN.matcher(compact).matches()) {
      return compact.substring(0, 3) + " " + compact.substring(3);
    }
    String trimmed = raw.trim();
    if (US_LEADING.matcher(trimmed).matches()) {
      String digits = trimmed.replaceAll("\\D", "");
      String zip = digits.substring(0, 5);
      if (digits.length() >= 9 && !digits.substring(5, 9).equals("0000")) {
        return zip + "-" + digits.substring(5, 9);
      }
      return zip;
    }
    if (!trimmed.isEmpty()) {
      warnings.add(
          "postal code (DAK) is neither a US ZIP nor a Canadian postal code; kept as read");
    }
    return trimmed;
  }

  /** The DAK form: nine digits, or the postal code, padded to 11 characters. */
  static String encode(String postalCode) {
    String value =
        CANADIAN.matcher(postalCode.replace(" ", "")).matches()
            ? postalCode
            : postalCode.replace("-", "");
    if (value.matches("\\d{5}")) {
      value = value + "0000";
    }
    return String.format("%-11s", value);
  }
}
