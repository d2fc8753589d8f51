package onramp.gateway.budget;

import java.math.BigDecimal;
import onramp.gateway.BudgetExceededException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shared wording, so both implementations say the same thing. */
final class BudgetMessages {
  private static final Logger log = LoggerFactory.getLogger(Budgets.class);

  private BudgetMessages() {}

  /**
   * The alert for a call that cost more than was reserved: budgets may have been overspent by the
   * difference. Names the team and tool (no person, no prompt).
   */
  static void overrun(Reservation r, BigDecimal actualCost) {
    log.warn(
        "budget overrun: a call of team {} with tool {} cost ${} but only ${} was reserved; "
            + "the difference was charged; check the price table and the token bound of the model",
        r.team(),
        r.tool(),
        actualCost.stripTrailingZeros().toPlainString(),
        r.amount().stripTrailingZeros().toPlainString());
  }

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
