package onramp.onboarding;

import java.util.List;
import java.util.Map;
import onramp.onboarding.decision.Reason;

/**
 * The decision on one application folder: the line {@code ./onramp verify} prints.
 *
 * @param fields what was read, by document ({@code dl}, later {@code i9}), ready for JSON
 */
public record Verification(
    String application,
    Outcome decision,
    List<Reason> reasons,
    Map<String, Object> fields,
    long elapsedMs) {}
