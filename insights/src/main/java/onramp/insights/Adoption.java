package onramp.insights;

import java.util.List;
import java.util.Map;

/**
 * Workspace adoption in the month, from workspace_run.
 *
 * @param runs runs started in the month
 * @param activeUsers distinct employees who started a run in the month
 * @param weeklyActiveByTeam per team, the mean over the month's weeks of distinct users that week
 * @param runsByTemplate runs per template id ("(no template)" for free-form runs), most first
 * @param customerDataRuns runs on CUSTOMER or RESTRICTED data
 * @param maskedByType masked entities by type, summed over the month's runs
 */
public record Adoption(
    long runs,
    long activeUsers,
    Map<String, Double> weeklyActiveByTeam,
    List<Count> runsByTemplate,
    long customerDataRuns,
    Map<String, Long> maskedByType) {

  /** A name and how many. */
  public record Count(String name, long n) {}

  public long maskedTotal() {
    return maskedByType.values().stream().mapToLong(Long::longValue).sum();
  }
}
