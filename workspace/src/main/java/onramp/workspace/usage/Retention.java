package onramp.workspace.usage;

import java.time.Instant;
import java.util.Optional;
import onramp.gateway.DataClass;

/**
 * How long conversations of one data class are kept after their last run; empty days: until their
 * owner deletes them. Who set it last, and when.
 */
public record Retention(
    DataClass dataClass, Optional<Integer> days, String updatedBy, Instant updatedAt) {}
