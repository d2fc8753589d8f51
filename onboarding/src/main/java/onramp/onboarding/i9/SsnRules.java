package onramp.onboarding.i9;

import java.util.Optional;

/**
 * Whether an SSN can have been issued (SSA: area 000, 666 and 900–999 are never issued; group 00
 * and serial 0000 neither). Messages never repeat the number.
 */
public final class SsnRules {
  private SsnRules() {}

  /** Empty when issuable; otherwise why not, without the number. */
  public static Optional<String> problem(String ssn) {
    String digits = ssn.replaceAll("[\\s\\-]", "");
    if (!digits.matches("\\d{9}")) {
      return Optional.of("the SSN must have 9 digits");
    }
    int area = Integer.parseInt(digits.substring(0, 3));
    if (area == 0 || area == 666 || area >= 900) {
      return Optional.of(
          "its area number (first three digits) is 000, 666 or 900–999, which are never issued");
    }
    if (digits.startsWith("00", 3)) {
      return Optional.of("its group number (digits 4–5) is 00, which is never issued");
    }
    if (digits.endsWith("0000")) {
      return Optional.of("its serial number (last four digits) is 0000, which is never issued");
    }
    return Optional.empty();
  }
}
