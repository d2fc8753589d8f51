package onramp.workspace.usage;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of a usage report.
 *
 * @param bucket the day, or the Monday of the ISO week; empty for the whole range
 * @param group the user, team, template or model; empty when not grouped, and for runs without a
 *     template when grouped by template
 * @param displayName the person's name as the directory gives it, when grouped by user
 */
public record UsageRow(
    Optional<LocalDate> bucket,
    Optional<String> group,
    Optional<String> displayName,
    UsageTotals totals) {}
