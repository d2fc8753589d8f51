package onramp.documents.aamva;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Element DAU: height in inches ({@code 070 in}) or centimetres ({@code 175 cm}); version-01 cards
 * write feet and inches ({@code 507}, {@code 5-07}).
 */
public record Height(int value, Unit unit) {
  private static final Pattern WITH_UNIT =
      Pattern.compile("(\\d{1,3})\\s*(IN|CM)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern FEET_INCHES = Pattern.compile("(\\d)\\s*['-]\\s*(\\d{1,2})\"?");

  public enum Unit {
    INCHES,
    CENTIMETERS
  }

  public Height {
    if (value <= 0) {
      throw new IllegalArgumentException("height must be positive, was " + value);
    }
    java.util.Objects.requireNonNull(unit, "unit");
  }

  public static Height ofInches(int inches) {
    return new Height(inches, Unit.INCHES);
  }

  public static Height ofCentimeters(int centimeters) {
    return new Height(centimeters, Unit.CENTIMETERS);
  }

  /** The height in whole inches, converted from centimetres where needed. */
  public int inches() {
    return unit == Unit.INCHES ? value : (int) Math.round(value / 2.54);
  }

  /** Empty when the text is blank or not a height. */
  static Optional<Height> parse(String raw) {
    String text = raw.trim();
    Matcher feet = FEET_INCHES.matcher(text);
    if (feet.matches()) {
      return feetAndInches(Integer.parseInt(feet.group(1)), Integer.parseInt(feet.group(2)));
    }
    Matcher m = WITH_UNIT.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String digits = m.group(1);
    int number = Integer.parseInt(digits);
    if (m.group(2) != null) {
      boolean cm = m.group(2).toUpperCase(Locale.ROOT).equals("CM");
      return number <= 0
          ? Optional.empty()
          : Optional.of(new Height(number, cm ? Unit.CENTIMETERS : Unit.INCHES));
    }
    // No unit: version-01 "FII" (feet, then two digits of inches) unless that cannot be.
    int inchesPart = number % 100;
    if (digits.length() == 3 && digits.charAt(0) != '0' && inchesPart < 12) {
      return feetAndInches(number / 100, inchesPart);
    }
    return number <= 0 ? Optional.empty() : Optional.of(ofInches(number));
  }

  private static Optional<Height> feetAndInches(int feet, int inches) {
    int total = feet * 12 + inches;
    return inches >= 12 || total <= 0 ? Optional.empty() : Optional.of(ofInches(total));
  }

  /** The DAU form: {@code 070 in} or {@code 175 cm}. */
  String code() {
    return String.format(Locale.ROOT, "%03d %s", value, unit == Unit.INCHES ? "in" : "cm");
  }
}
