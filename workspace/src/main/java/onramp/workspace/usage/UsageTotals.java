package onramp.workspace.usage;

import java.math.BigDecimal;

/**
 * What a set of runs used. {@code activeUsers} counts distinct people with a run (per week: weekly
 * active users); dollars are the exact sum of what the gateway metered.
 *
 * @param customerRuns runs on CUSTOMER data (masked before they left)
 * @param restrictedRuns runs on RESTRICTED data
 */
public record UsageTotals(
    long runs,
    long activeUsers,
    long customerRuns,
    long restrictedRuns,
    long inputTokens,
    long outputTokens,
    long cacheReadTokens,
    long cacheWriteTokens,
    BigDecimal costUsd) {
  public static final UsageTotals NONE = new UsageTotals(0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO);

  public long tokens() {
    return inputTokens + outputTokens + cacheReadTokens + cacheWriteTokens;
  }

  /**
   * Sums two sets of runs. Active users are added, which is right only when no person is in both
   * (two teams in one week, say); ask the database for distinct people across sets.
   */
  public UsageTotals plus(UsageTotals o) {
    return new UsageTotals(
        runs + o.runs,
        activeUsers + o.activeUsers,
        customerRuns + o.customerRuns,
        restrictedRuns + o.restrictedRuns,
        inputTokens + o.inputTokens,
        outputTokens + o.outputTokens,
        cacheReadTokens + o.cacheReadTokens,
        cacheWriteTokens + o.cacheWriteTokens,
        costUsd.add(o.costUsd));
  }
}
