package onramp.gateway.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import onramp.gateway.CallMetadata;

/** Budgets in one process, for running without a database. One lock: admission is microseconds. */
public final class InMemoryBudgets implements Budgets {
  private final Clock clock;
  private final Map<BudgetKey, BigDecimal> limits = new HashMap<>();
  private final Map<String, BigDecimal[]> usage =
      new HashMap<>(); // key|period -> {spent, reserved, estimated, overruns}

  private InMemoryBudgets(Clock clock) {
    this.clock = clock;
  }

  public static InMemoryBudgets create(Clock clock) {
    return new InMemoryBudgets(clock);
  }

  @Override
  public synchronized Reservation reserve(CallMetadata meta, BigDecimal worstCase) {
    String period = Periods.current(clock);
    Reservation r =
        new Reservation(
            UUID.randomUUID(),
            meta.team(),
            meta.tool(),
            Reservation.budgetedKey(meta),
            period,
            worstCase);
    for (BudgetKey key : r.budgets()) {
      check(key, period, worstCase);
    }
    for (BudgetKey key : r.budgets()) {
      row(key, period)[1] = row(key, period)[1].add(worstCase);
    }
    return r;
  }

  private void check(BudgetKey key, String period, BigDecimal amount) {
    BigDecimal limit = limits.get(key);
    if (limit == null) {
      throw BudgetMessages.noLimit(key);
    }
    BigDecimal[] row = row(key, period);
    if (row[0].add(row[1]).add(amount).compareTo(limit) > 0) {
      throw BudgetMessages.exceeded(key, amount, limit.subtract(row[0]).subtract(row[1]));
    }
  }

  @Override
  public synchronized void settle(Reservation r, BigDecimal cost, BigDecimal estimatedPart) {
    boolean overrun = cost.subtract(estimatedPart).compareTo(r.amount()) > 0;
    if (overrun) {
      BudgetMessages.overrun(r, cost);
    }
    for (BudgetKey key : r.budgets()) {
      BigDecimal[] row = row(key, r.period());
      row[0] = row[0].add(cost);
      row[1] = row[1].subtract(r.amount());
      row[2] = row[2].add(estimatedPart);
      if (overrun) {
        row[3] = row[3].add(BigDecimal.ONE);
      }
    }
  }

  @Override
  public synchronized boolean seedLimit(BudgetKey key, BigDecimal limitUsd) {
    return limits.putIfAbsent(key, limitUsd) == null;
  }

  @Override
  public synchronized void release(Reservation r) {
    settle(r, BigDecimal.ZERO);
  }

  @Override
  public synchronized void setLimit(BudgetKey key, BigDecimal limitUsd) {
    limits.put(key, limitUsd);
  }

  @Override
  public synchronized Optional<BudgetState> state(BudgetKey key) {
    String period = Periods.current(clock);
    return Optional.ofNullable(limits.get(key))
        .map(
            limit -> {
              BigDecimal[] row = row(key, period);
              return new BudgetState(key, period, limit, row[0], row[1], row[2], row[3].intValue());
            });
  }

  @Override
  public synchronized List<BudgetState> list() {
    return limits.keySet().stream()
        .sorted(BudgetKey.ORDER)
        .map(key -> state(key).orElseThrow())
        .toList();
  }

  private BigDecimal[] row(BudgetKey key, String period) {
    return usage.computeIfAbsent(
        key + "|" + period,
        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
  }
}
