package onramp.gateway.budget;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import onramp.gateway.CallMetadata;
import onramp.gateway.GatewayConfigException;

/**
 * Budgets in PostgreSQL (tables from {@code db/gateway/V100__gateway.sql}). Admission is one
 * conditional {@code UPDATE} per budget row in one transaction, team row, then tool, then key (a
 * fixed lock order, so concurrent transactions cannot deadlock): several gateway instances sharing
 * the database never overspend.
 */
public final class PostgresBudgets implements Budgets {
  private static final String ENSURE_ROW =
      "INSERT INTO gateway_budget_usage (scope, name, period) SELECT scope, name, ? "
          + "FROM gateway_budget_limit WHERE scope = ? AND name = ? ON CONFLICT DO NOTHING";
  private static final String RESERVE =
      "UPDATE gateway_budget_usage u SET reserved_usd = u.reserved_usd + ? "
          + "FROM gateway_budget_limit l WHERE l.scope = u.scope AND l.name = u.name "
          + "AND u.scope = ? AND u.name = ? AND u.period = ? "
          + "AND u.spent_usd + u.reserved_usd + ? <= l.limit_usd";
  private static final String SETTLE =
      "UPDATE gateway_budget_usage SET reserved_usd = reserved_usd - ?, spent_usd = spent_usd + ?, "
          + "estimated_usd = estimated_usd + ?, overruns = overruns + ? "
          + "WHERE scope = ? AND name = ? AND period = ?";
  private static final String STATE =
      "SELECT l.limit_usd, coalesce(u.spent_usd, 0), coalesce(u.reserved_usd, 0), "
          + "coalesce(u.estimated_usd, 0), coalesce(u.overruns, 0) "
          + "FROM gateway_budget_limit l LEFT JOIN gateway_budget_usage u "
          + "ON u.scope = l.scope AND u.name = l.name AND u.period = ? "
          + "WHERE l.scope = ? AND l.name = ?";

  private static final String LIST =
      "SELECT l.scope, l.name, l.limit_usd, coalesce(u.spent_usd, 0), coalesce(u.reserved_usd, 0), "
          + "coalesce(u.estimated_usd, 0), coalesce(u.overruns, 0) "
          + "FROM gateway_budget_limit l LEFT JOIN gateway_budget_usage u "
          + "ON u.scope = l.scope AND u.name = l.name AND u.period = ?";

  private final DataSource dataSource;
  private final Clock clock;
  private final Set<String> ensured = ConcurrentHashMap.newKeySet();

  private PostgresBudgets(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  public static PostgresBudgets create(DataSource dataSource, Clock clock) {
    return new PostgresBudgets(dataSource, clock);
  }

  @Override
  public Reservation reserve(CallMetadata meta, BigDecimal worstCase) {
    String period = Periods.current(clock);
    Reservation r =
        new Reservation(
            UUID.randomUUID(),
            meta.team(),
            meta.tool(),
            Reservation.budgetedKey(meta),
            period,
            worstCase);
    List<BudgetKey> keys = r.budgets();
    try (Connection c = dataSource.getConnection()) {
      for (BudgetKey key : keys) {
        ensureRow(c, key, period);
      }
      c.setAutoCommit(false);
      try {
        for (BudgetKey key : keys) {
          if (!hold(c, key, period, worstCase)) {
            c.rollback();
            throw refusal(c, key, worstCase);
          }
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO gateway_budget_reservation "
                    + "(id, team, tool, key_id, period, amount_usd) VALUES (?, ?, ?, ?, ?, ?)")) {
          ps.setObject(1, r.id());
          ps.setString(2, r.team());
          ps.setString(3, r.tool());
          ps.setString(4, r.key().orElse(null));
          ps.setString(5, period);
          ps.setBigDecimal(6, worstCase);
          ps.executeUpdate();
        }
        c.commit();
        return r;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw databaseFailure(e);
    }
  }

  private void ensureRow(Connection c, BudgetKey key, String period) throws SQLException {
    String k = key + "|" + period;
    if (ensured.contains(k)) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(ENSURE_ROW)) {
      ps.setString(1, period);
      ps.setString(2, key.scope().name());
      ps.setString(3, key.name());
      ps.executeUpdate();
    }
    ensured.add(k);
  }

  private static boolean hold(Connection c, BudgetKey key, String period, BigDecimal amount)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(RESERVE)) {
      ps.setBigDecimal(1, amount);
      ps.setString(2, key.scope().name());
      ps.setString(3, key.name());
      ps.setString(4, period);
      ps.setBigDecimal(5, amount);
      return ps.executeUpdate() == 1;
    }
  }

  private RuntimeException refusal(Connection c, BudgetKey key, BigDecimal asked)
      throws SQLException {
    return read(c, key)
        .<RuntimeException>map(s -> BudgetMessages.exceeded(key, asked, s.available()))
        .orElseGet(() -> BudgetMessages.noLimit(key));
  }

  @Override
  public void settle(Reservation r, BigDecimal cost, BigDecimal estimatedPart) {
    charge(r, cost, estimatedPart);
  }

  /**
   * Removes the reservation row and moves its amount from reserved to spent, in one transaction.
   * When the row is already gone, {@link #releaseStale} charged it at the worst case (estimated): a
   * settlement arriving later replaces that estimate by its cost; a second sweep changes nothing.
   */
  private void charge(Reservation r, BigDecimal cost, BigDecimal estimatedPart) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        BigDecimal held = null;
        try (PreparedStatement ps =
            c.prepareStatement(
                "DELETE FROM gateway_budget_reservation WHERE id = ? RETURNING amount_usd")) {
          ps.setObject(1, r.id());
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              held = rs.getBigDecimal(1);
            }
          }
        }
        BigDecimal reservedDelta;
        BigDecimal spentDelta;
        BigDecimal estimatedDelta;
        if (held != null) {
          reservedDelta = held;
          spentDelta = cost;
          estimatedDelta = estimatedPart;
        } else {
          reservedDelta = BigDecimal.ZERO;
          spentDelta = cost.subtract(r.amount());
          estimatedDelta = estimatedPart.subtract(r.amount());
        }
        boolean overrun = held != null && cost.subtract(estimatedPart).compareTo(r.amount()) > 0;
        for (BudgetKey key : r.budgets()) {
          try (PreparedStatement ps = c.prepareStatement(SETTLE)) {
            ps.setBigDecimal(1, reservedDelta);
            ps.setBigDecimal(2, spentDelta);
            ps.setBigDecimal(3, estimatedDelta);
            ps.setInt(4, overrun ? 1 : 0);
            ps.setString(5, key.scope().name());
            ps.setString(6, key.name());
            ps.setString(7, r.period());
            ps.executeUpdate();
          }
        }
        c.commit();
        if (overrun) {
          BudgetMessages.overrun(r, cost);
        }
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw databaseFailure(e);
    }
  }

  /**
   * Settles reservations older than {@code age}, left by instances that died mid-call, at their
   * worst case, marked estimated: the vendor may well have answered and billed before the instance
   * died, and under-charging is the one error a budget must not make. Run it from a scheduled job
   * with an age well above the longest call (timeouts times attempts).
   *
   * @return how many were settled
   */
  public int releaseStale(Duration age) {
    Instant cutoff = clock.instant().minus(age);
    List<Reservation> stale = new java.util.ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, team, tool, key_id, period, amount_usd FROM gateway_budget_reservation "
                    + "WHERE created_at < ?")) {
      ps.setObject(1, java.sql.Timestamp.from(cutoff));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          stale.add(
              new Reservation(
                  rs.getObject(1, UUID.class),
                  rs.getString(2),
                  rs.getString(3),
                  Optional.ofNullable(rs.getString(4)),
                  rs.getString(5),
                  rs.getBigDecimal(6)));
        }
      }
    } catch (SQLException e) {
      throw databaseFailure(e);
    }
    stale.forEach(this::settleEstimated);
    return stale.size();
  }

  @Override
  public boolean seedLimit(BudgetKey key, BigDecimal limitUsd) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO gateway_budget_limit (scope, name, limit_usd) VALUES (?, ?, ?) "
                    + "ON CONFLICT (scope, name) DO NOTHING")) {
      ps.setString(1, key.scope().name());
      ps.setString(2, key.name());
      ps.setBigDecimal(3, limitUsd);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw databaseFailure(e);
    }
  }

  @Override
  public void setLimit(BudgetKey key, BigDecimal limitUsd) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO gateway_budget_limit (scope, name, limit_usd) VALUES (?, ?, ?) "
                    + "ON CONFLICT (scope, name) DO UPDATE SET limit_usd = excluded.limit_usd, "
                    + "updated_at = now()")) {
      ps.setString(1, key.scope().name());
      ps.setString(2, key.name());
      ps.setBigDecimal(3, limitUsd);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw databaseFailure(e);
    }
  }

  @Override
  public Optional<BudgetState> state(BudgetKey key) {
    try (Connection c = dataSource.getConnection()) {
      return read(c, key);
    } catch (SQLException e) {
      throw databaseFailure(e);
    }
  }

  @Override
  public List<BudgetState> list() {
    String period = Periods.current(clock);
    List<BudgetState> out = new java.util.ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(LIST)) {
      ps.setString(1, period);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          BudgetKey key = new BudgetKey(BudgetKey.Scope.valueOf(rs.getString(1)), rs.getString(2));
          out.add(
              new BudgetState(
                  key,
                  period,
                  rs.getBigDecimal(3),
                  rs.getBigDecimal(4),
                  rs.getBigDecimal(5),
                  rs.getBigDecimal(6),
                  rs.getInt(7)));
        }
      }
    } catch (SQLException e) {
      throw databaseFailure(e);
    }
    out.sort(java.util.Comparator.comparing(BudgetState::key, BudgetKey.ORDER));
    return out;
  }

  private Optional<BudgetState> read(Connection c, BudgetKey key) throws SQLException {
    String period = Periods.current(clock);
    try (PreparedStatement ps = c.prepareStatement(STATE)) {
      ps.setString(1, period);
      ps.setString(2, key.scope().name());
      ps.setString(3, key.name());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new BudgetState(
                key,
                period,
                rs.getBigDecimal(1),
                rs.getBigDecimal(2),
                rs.getBigDecimal(3),
                rs.getBigDecimal(4),
                rs.getInt(5)));
      }
    }
  }

  private static GatewayConfigException databaseFailure(SQLException e) {
    return new GatewayConfigException(
        "the budget database failed ("
            + e.getSQLState()
            + "): "
            + e.getMessage()
            + "; check that PostgreSQL is up and migrations db/gateway have run",
        e);
  }
}
