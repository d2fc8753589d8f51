package onramp.gateway.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import onramp.gateway.BudgetExceededException;
import onramp.gateway.CallMetadata;

/**
 * Budget admission. Implementations are thread-safe; {@link PostgresBudgets} is also safe across
 * processes sharing one database. A team or tool without a limit is refused: every spend is
 * budgeted.
 */
public interface Budgets {

  /**
   * Holds {@code worstCase} against the team's and the tool's budget of the current period, both or
   * neither.
   *
   * @throws BudgetExceededException when either budget cannot cover it, or has no limit set
   */
  Reservation reserve(CallMetadata meta, BigDecimal worstCase);

  /** Replaces the reservation by the actual cost. */
  void settle(Reservation reservation, BigDecimal actualCost);

  /** Gives the reservation back (the call failed before costing anything we know of). */
  void release(Reservation reservation);

  /** Sets or changes a budget's monthly limit in dollars. */
  void setLimit(BudgetKey key, BigDecimal limitUsd);

  /** The budget's state in the current period, if it has a limit. */
  Optional<BudgetState> state(BudgetKey key);

  /**
   * Every budget with a limit, in the current period: teams, then tools, then keys, each by name.
   */
  List<BudgetState> list();
}
