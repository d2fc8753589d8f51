package onramp.insights;

import java.util.List;
import java.util.Map;

/**
 * Onboarding speed: time from submission to the final decision for applications decided in the
 * month, against the seven-day manual baseline; overrides by reason; the review queue at month end.
 *
 * @param submitted applications submitted in the month
 * @param decided applications whose final decision fell in the month
 * @param approved of those, approved
 * @param p50Hours median hours from submission to decision (NaN when none decided)
 * @param p95Hours 95th percentile, hours
 * @param systemDecisions system decisions made in the month
 * @param overrides reviewer decisions in the month that differ from the system's approve/reject
 * @param overridesByReason overrides counted by each reason code the system gave
 * @param queueOpen applications waiting for a decision at month end
 * @param queueP50Days median age of those, days
 * @param queueOver7Days how many had waited more than seven days
 * @param history the previous months and this one, oldest first
 */
public record Onboarding(
    long submitted,
    long decided,
    long approved,
    double p50Hours,
    double p95Hours,
    long systemDecisions,
    long overrides,
    Map<String, Long> overridesByReason,
    long queueOpen,
    double queueP50Days,
    long queueOver7Days,
    List<MonthPoint> history) {

  /** One month of the trend. */
  public record MonthPoint(ReportMonth month, long decided, double p50Hours, double p95Hours) {}
}
