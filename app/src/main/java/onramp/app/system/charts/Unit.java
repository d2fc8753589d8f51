package onramp.app.system.charts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How a chart writes its values: on the axis (as precise as the tick step) and on a bar. */
public enum Unit {
  /** Whole things: decisions, sign-ups, calls. */
  COUNT,
  /** US dollars. */
  DOLLARS;

  /** Whether ticks must be whole numbers. */
  boolean whole() {
    return this == COUNT;
  }

  /** A tick on the value axis, with as many decimals as the step between ticks needs. */
  String tick(double value, double step) {
    int decimals =
        Math.max(
            0, BigDecimal.valueOf(step).round(MathContext.DECIMAL32).stripTrailingZeros().scale());
    if (this == DOLLARS && decimals == 1) {
      decimals = 2;
    }
    String number = String.format(Locale.US, "%,." + decimals + "f", value);
    return this == DOLLARS ? "$" + number : number;
  }

  /** A value written on or beside a bar. */
  String value(double value) {
    if (this == COUNT) {
      return value == Math.rint(value)
          ? String.format(Locale.US, "%,d", (long) value)
          : String.format(Locale.US, "%,.1f", value);
    }
    if (value == 0) {
      return "$0";
    }
    if (Math.abs(value) >= 0.01) {
      return String.format(Locale.US, "$%,.2f", value);
    }
    // Less than a cent: two significant digits say more than "$0.00".
    return "$"
        + new BigDecimal(value).round(new MathContext(2)).stripTrailingZeros().toPlainString();
  }
}
