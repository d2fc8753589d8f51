package onramp.insights;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Model spend in the month from the gateway's audit (one row per call, its cost in USD).
 *
 * @param total spend in the month so far
 * @param calls calls audited in the month
 * @param byTeam spend by team, largest first
 * @param byTool spend by tool, largest first
 * @param byModel spend by model, largest first
 * @param budgets each budget limit with the month's spend against it
 * @param forecast the month-end spend at the month's daily rate so far (= total for a past month)
 * @param monthInProgress whether the month has not ended yet
 * @param perOnboardedDriver spend of the document readers per approved driver
 * @param perWorkspaceRun spend of the workspace per run
 * @param perReviewedPr spend of the TypeScript assistant per review run that used the model
 * @param history spend per month, oldest first
 * @param vendorConfigured whether any call reached a vendor in the months shown
 */
public record Spend(
    BigDecimal total,
    long calls,
    List<Share> byTeam,
    List<Share> byTool,
    List<Share> byModel,
    List<Budget> budgets,
    BigDecimal forecast,
    boolean monthInProgress,
    Optional<BigDecimal> perOnboardedDriver,
    Optional<BigDecimal> perWorkspaceRun,
    Optional<BigDecimal> perReviewedPr,
    List<MonthAmount> history,
    boolean vendorConfigured) {

  /** One name's part of the spend. */
  public record Share(String name, BigDecimal usd, long calls) {}

  /** A budget and its use in the month. */
  public record Budget(String scope, String name, BigDecimal limit, BigDecimal spent) {
    public double used() {
      return limit.signum() == 0
          ? Double.POSITIVE_INFINITY
          : spent.doubleValue() / limit.doubleValue();
    }
  }

  /** Spend of one month. */
  public record MonthAmount(ReportMonth month, BigDecimal usd) {}
}
