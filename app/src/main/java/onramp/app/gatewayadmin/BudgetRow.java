package onramp.app.gatewayadmin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import onramp.gateway.admin.Dollars;
import onramp.gateway.budget.BudgetState;
import org.jspecify.annotations.Nullable;

/**
 * A budget in the current month.
 *
 * @param scope team, tool or key
 * @param name the team's or tool's name, or the key's id
 * @param key for a key's budget, the key it belongs to, as people recognise it
 * @param period the month, {@code 2026-12}
 */
record BudgetRow(
    String scope,
    String name,
    @Nullable String key,
    String period,
    BigDecimal limitUsd,
    BigDecimal spentUsd,
    BigDecimal reservedUsd,
    BigDecimal availableUsd) {

  static BudgetRow of(BudgetState s, @Nullable String key) {
    return new BudgetRow(
        s.key().scope().name().toLowerCase(Locale.ROOT),
        s.key().name(),
        key,
        s.period(),
        plain(s.limit()),
        plain(s.spent()),
        plain(s.reserved()),
        plain(s.available()));
  }

  /** How much of the limit is spent or held, in whole percent (100 when the limit is 0). */
  public int usedPercent() {
    if (limitUsd.signum() == 0) {
      return 100;
    }
    return spentUsd
        .add(reservedUsd)
        .multiply(BigDecimal.valueOf(100))
        .divide(limitUsd, 0, RoundingMode.HALF_UP)
        .intValue();
  }

  private static BigDecimal plain(BigDecimal usd) {
    return Dollars.plain(usd);
  }
}
