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

  /**
   * Replaces the reservation by the actual cost (the usage the vendor reported, summed over every
   * attempt). A cost above the reservation is charged in full, logged as a WARN and counted.
   */
  default void settle(Reservation reservation, BigDecimal actualCost) {
    settle(reservation, actualCost, BigDecimal.ZERO);
  }

  /**
   * Replaces the reservation by {@code cost}, of which {@code estimatedPart} is an estimate (the
   * worst case of attempts whose answer was lost). A reservation already settled at its worst case
   * by a stale-reservation sweep is corrected to {@code cost}.
   */
  void settle(Reservation reservation, BigDecimal cost, BigDecimal estimatedPart);

  /**
   * Charges the reservation itself, the worst case, marked as an estimate: the vendor may have
   * answered and billed, but the usage was lost (a timeout, a dropped or unreadable answer, an
   * instance that died mid-call).
   */
  default void settleEstimated(Reservation reservation) {
    settle(reservation, reservation.amount(), reservation.amount());
  }

  /**
   * Gives the reservation back: only when the vendor certainly did not bill (nothing was sent, or
   * the vendor refused the request with an error status).
   */
  default void release(Reservation reservation) {
    settle(reservation, BigDecimal.ZERO, BigDecimal.ZERO);
  }

  /**
   * Sets a budget's monthly limit only when it has none: configuration files seed limits, the
   * database (changed through the admin pages or {@link #setLimit}) is the one source of truth.
   *
   * @return whether the limit was set
   */
  boolean seedLimit(BudgetKey key, BigDecimal limitUsd);

  /** Sets or changes a budget's monthly limit in dollars. */
  void setLimit(BudgetKey key, BigDecimal limitUsd);

  /** The budget's state in the current period, if it has a limit. */
  Optional<BudgetState> state(BudgetKey key);

  /**
   * Every budget with a limit, in the current period: teams, then tools, then keys, each by name.
   */
  List<BudgetState> list();
}
