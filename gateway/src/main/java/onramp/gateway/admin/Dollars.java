package onramp.gateway.admin;

import java.math.BigDecimal;

/** Amounts in dollars: as people type them, checked against what the budgets can hold; as shown. */
public final class Dollars {
  private Dollars() {}

  /**
   * @param field what the amount is, for the message
   * @throws IllegalArgumentException when {@code value} is not an amount from 0 to 10^12
   */
  static BigDecimal monthly(String field, String value) {
    BigDecimal usd;
    try {
      usd = new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          field + ": '" + value + "' is not an amount in dollars; give one such as 25 or 12.50", e);
    }
    // numeric(24,12) in the database: 12 digits before the point, 12 after
    if (usd.signum() < 0 || usd.scale() > 12 || usd.precision() - usd.scale() > 12) {
      throw new IllegalArgumentException(
          field + ": " + value + " is not a monthly amount in dollars from 0 to 999999999999");
    }
    return plain(usd);
  }

  /**
   * The amount without trailing zeros and never in exponent form: {@code 200}, not {@code 2E+2}.
   */
  public static BigDecimal plain(BigDecimal usd) {
    BigDecimal stripped = usd.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
