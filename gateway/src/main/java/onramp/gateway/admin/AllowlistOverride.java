package onramp.gateway.admin;

import java.time.Instant;

/**
 * A model switched on or off the allowlist at run time, over what {@code gateway.yaml} says.
 *
 * @param changedBy who switched it (a person, for the audit)
 */
public record AllowlistOverride(
    String model, boolean allowed, String changedBy, Instant changedAt) {}
