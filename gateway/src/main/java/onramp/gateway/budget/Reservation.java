package onramp.gateway.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import onramp.gateway.CallMetadata;

/**
 * Money held for one call in flight, against its team's and its tool's budget, and its virtual
 * key's when the key has one.
 *
 * @param key the id of the virtual key whose own budget is also held
 */
public record Reservation(
    UUID id, String team, String tool, Optional<String> key, String period, BigDecimal amount) {

  /** Every budget the reservation holds, in lock order (team, tool, key). */
  public List<BudgetKey> budgets() {
    return key.isEmpty()
        ? List.of(BudgetKey.team(team), BudgetKey.tool(tool))
        : List.of(BudgetKey.team(team), BudgetKey.tool(tool), BudgetKey.key(key.get()));
  }

  static Optional<String> budgetedKey(CallMetadata meta) {
    return meta.key().filter(CallMetadata.KeyRef::ownBudget).map(CallMetadata.KeyRef::id);
  }
}
