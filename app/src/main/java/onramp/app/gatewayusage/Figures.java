package onramp.app.gatewayusage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/** Numbers as the page writes them; exports carry the exact values. */
final class Figures {
  private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

  private Figures() {}

  static String count(long n) {
    return String.format(Locale.US, "%,d", n);
  }

  /** To the cent, half up; a non-zero amount under half a cent is "< $0.01", not "$0.00". */
  static String dollars(BigDecimal amount) {
    if (amount.signum() > 0 && amount.compareTo(HALF_CENT) < 0) {
      return "< $0.01";
    }
    return String.format(Locale.US, "$%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
  }

  /** Every digit, for a tooltip. */
  static String exactDollars(BigDecimal amount) {
    return "$" + amount.toPlainString();
  }

  static String percent(Optional<Double> share) {
    return share.map(s -> String.format(Locale.US, "%.0f%%", s * 100)).orElse("–");
  }
}
