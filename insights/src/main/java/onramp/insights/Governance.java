package onramp.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Governance in the month: policy exceptions, refusals, audit completeness and vendor incidents.
 *
 * @param exceptionsGranted exceptions granted in the month
 * @param exceptionsRefused exception requests refused in the month
 * @param exceptionsRevoked exceptions revoked in the month
 * @param expiring granted, unrevoked exceptions that expire within 30 days after the month's cut
 * @param refusalsByCode calls the gateway refused before sending, by error code
 * @param workspaceRunsSent workspace runs that reached the model (COMPLETE, PARTIAL, FAILED): the
 *     "calls made" of audit completeness, counted by the workspace, not by the gateway
 * @param workspaceCallsAudited gateway audit rows of tool workspace that were sent (not REFUSED)
 * @param incidentsByCode failed or retried calls by error code (rate limits, overload, timeouts,
 *     circuit opens, …)
 * @param retries extra attempts made (attempts beyond the first), summed
 * @param callsRetried calls that needed more than one attempt
 */
public record Governance(
    long exceptionsGranted,
    long exceptionsRefused,
    long exceptionsRevoked,
    List<Expiring> expiring,
    Map<String, Long> refusalsByCode,
    long workspaceRunsSent,
    long workspaceCallsAudited,
    Map<String, Long> incidentsByCode,
    long retries,
    long callsRetried) {

  /** A granted exception close to its end. */
  public record Expiring(
      String vendor, String model, String purpose, String ticket, LocalDate expires) {}

  /** Audited share of the calls made; empty when none were made. */
  public java.util.OptionalDouble auditCompleteness() {
    return workspaceRunsSent == 0
        ? java.util.OptionalDouble.empty()
        : java.util.OptionalDouble.of(
            Math.min(1.0, (double) workspaceCallsAudited / workspaceRunsSent));
  }

  public long refusals() {
    return refusalsByCode.values().stream().mapToLong(Long::longValue).sum();
  }
}
