package onramp.gateway.budget;

import java.math.BigDecimal;
import java.util.UUID;

/** Money held for one call in flight, against both its team's and its tool's budget. */
public record Reservation(UUID id, String team, String tool, String period, BigDecimal amount) {}
