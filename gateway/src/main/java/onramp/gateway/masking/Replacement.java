package onramp.gateway.masking;

/**
 * One value masked before a request left: what the vendor saw instead of it. Carries the original,
 * so it is for the person who sent the text, never for logs or the audit trail.
 */
public record Replacement(EntityType type, String placeholder, String original) {}
