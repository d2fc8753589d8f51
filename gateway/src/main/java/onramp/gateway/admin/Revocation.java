package onramp.gateway.admin;

import java.time.Instant;

/** Who withdrew a granted exception, and when. */
public record Revocation(String by, Instant at) {}
