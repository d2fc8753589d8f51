package onramp.app.workspace.admin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers as the pages write them; the exports carry the exact values. */
final class Numbers {
  private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

  private Numbers() {}

  static String count(long n) {
    return String.format(Locale.US, "%,d", n);
  }

  /** To the cent; a non-zero amount under half a cent is "< $0.01", not "$0.00". */
  static String dollars(BigDecimal amount) {
    if (amount.signum() > 0 && amount.compareTo(HALF_CENT) < 0) {
      return "< $0.01";
    }
    return String.format(Locale.US, "$%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
  }

  static String exactDollars(BigDecimal amount) {
    return "$" + amount.toPlainString();
  }
}
