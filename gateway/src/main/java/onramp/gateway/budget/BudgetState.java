package onramp.gateway.budget;

import java.math.BigDecimal;

/**
 * A budget in one period (a calendar month, UTC, {@code 2026-11}).
 *
 * @param reserved worst-case costs of calls in flight
 */
public record BudgetState(
    BudgetKey key, String period, BigDecimal limit, BigDecimal spent, BigDecimal reserved) {

  public BigDecimal available() {
    return limit.subtract(spent).subtract(reserved);
  }
}
