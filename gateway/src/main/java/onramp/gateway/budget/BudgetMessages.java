package onramp.gateway.budget;

import java.math.BigDecimal;
import onramp.gateway.BudgetExceededException;

/** Shared wording, so both implementations say the same thing. */
final class BudgetMessages {
  private BudgetMessages() {}

  static BudgetExceededException noLimit(BudgetKey key) {
    return new BudgetExceededException(
        "no budget is set for "
            + key
            + "; ask the platform team to set one (admin page /admin/gateway, or budgets: in gateway.yaml)");
  }

  static BudgetExceededException exceeded(BudgetKey key, BigDecimal asked, BigDecimal available) {
    return new BudgetExceededException(
        "the budget of "
            + key
            + " cannot cover this call: its worst case is $"
            + asked.toPlainString()
            + ", $"
            + available.max(BigDecimal.ZERO).toPlainString()
            + " is left this month. Lower maxTokens, wait for calls in flight, or ask for a higher budget");
  }
}
