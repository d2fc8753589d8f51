package onramp.gateway.budget;

import java.math.BigDecimal;

/**
 * A budget in one period (a calendar month, UTC, {@code 2026-11}).
 *
 * @param reserved worst-case costs of calls in flight
 */
public record BudgetState(
    BudgetKey key,
    String period,
    BigDecimal limit,
    BigDecimal spent,
    BigDecimal reserved,
    BigDecimal estimated,
    int overruns) {

  /**
   * A budget with no estimated charges and no overruns.
   *
   * @see #estimated() the part of {@code spent} charged at the worst case because usage was lost
   */
  public BudgetState(
      BudgetKey key, String period, BigDecimal limit, BigDecimal spent, BigDecimal reserved) {
    this(key, period, limit, spent, reserved, BigDecimal.ZERO, 0);
  }

  public BigDecimal available() {
    return limit.subtract(spent).subtract(reserved);
  }
}
