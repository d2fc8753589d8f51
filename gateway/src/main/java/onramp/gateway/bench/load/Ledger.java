package onramp.gateway.bench.load;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * After the load: does the money add up? The audit trail's cost against every budget's spend, no
 * budget over its limit, nothing left reserved, every reserved call audited, every vendor attempt
 * audited, and the gateway's audited calls against the answers the clients counted.
 *
 * @param audited rows in {@code gateway_audit}
 * @param unmasked successful calls whose audit records no masked entity (the body has two)
 * @param abandonBound how many more calls the gateway may have audited than the clients saw
 *     answered: requests in flight when a wrk run stopped, or past wrk's timeout (at most the
 *     connections of each gateway run plus its timeouts)
 * @param failures what did not add up; empty when the ledger balances
 */
record Ledger(
    long audited,
    long auditedOk,
    long auditedFailed,
    java.util.Map<String, Long> failedByCode,
    BigDecimal auditedCostUsd,
    long auditedAttempts,
    long unmasked,
    List<Budget> budgets,
    long openReservations,
    long reservations,
    long settlements,
    long releases,
    long vendorCalls,
    long clientAnswered200,
    long clientNon2xx,
    long abandonBound,
    List<String> failures) {

  /** One budget's state after the run (all periods). */
  record Budget(
      String scope,
      String name,
      BigDecimal limitUsd,
      BigDecimal spentUsd,
      BigDecimal reservedUsd) {}

  /** What the clients saw of the gateway: answers by status, and the bound on unseen calls. */
  static final class ClientTally {
    long answered200;
    long non2xx;
    long abandonBound;

    void add(LoadResult r) {
      answered200 += r.requests() - r.non2xx();
      non2xx += r.non2xx();
      abandonBound += r.connections() + r.timeouts();
    }

    /** Single calls answered 200 outside wrk (the check before the load, streamed calls). */
    void addAnswered(long calls) {
      answered200 += calls;
    }
  }

  boolean passed() {
    return failures.isEmpty();
  }

  boolean overspent() {
    return budgets.stream().anyMatch(b -> b.spentUsd().compareTo(b.limitUsd()) > 0);
  }

  static Ledger check(DataSource db, BenchGateway gw, ClientTally client) {
    Instrumented counts = gw.instruments;
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      long audited, ok, failed, attempts, unmasked;
      BigDecimal cost;
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*), count(*) FILTER (WHERE outcome = 'OK'),"
                  + " coalesce(sum(cost_usd), 0), coalesce(sum(attempts), 0),"
                  + " count(*) FILTER (WHERE outcome = 'OK' AND masked_entities = '{}')"
                  + " FROM gateway_audit")) {
        rs.next();
        audited = rs.getLong(1);
        ok = rs.getLong(2);
        failed = audited - ok;
        cost = rs.getBigDecimal(3);
        attempts = rs.getLong(4);
        unmasked = rs.getLong(5);
      }
      List<Budget> budgets = new ArrayList<>();
      for (onramp.gateway.budget.BudgetKey key : gw.budgetKeys) {
        gw.budgets
            .state(key)
            .ifPresent(
                b ->
                    budgets.add(
                        new Budget(
                            key.scope().name(), key.name(), b.limit(), b.spent(), b.reserved())));
      }
      java.util.Map<String, Long> byCode = new java.util.TreeMap<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT coalesce(error_code, outcome), count(*) FROM gateway_audit"
                  + " WHERE outcome <> 'OK' GROUP BY 1")) {
        while (rs.next()) {
          byCode.put(rs.getString(1), rs.getLong(2));
        }
      }
      long open;
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM gateway_budget_reservation")) {
        rs.next();
        open = rs.getLong(1);
      }
      Ledger unchecked =
          new Ledger(
              audited,
              ok,
              failed,
              java.util.Map.copyOf(byCode),
              cost,
              attempts,
              unmasked,
              List.copyOf(budgets),
              open,
              counts.reservations.get(),
              counts.settlements.get(),
              counts.releases.get(),
              counts.vendorCalls.get(),
              client.answered200,
              client.non2xx,
              client.abandonBound,
              List.of());
      return unchecked.withFailures(unchecked.findFailures());
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the ledger: " + e.getMessage(), e);
    }
  }

  private Ledger withFailures(List<String> found) {
    return new Ledger(
        audited,
        auditedOk,
        auditedFailed,
        failedByCode,
        auditedCostUsd,
        auditedAttempts,
        unmasked,
        budgets,
        openReservations,
        reservations,
        settlements,
        releases,
        vendorCalls,
        clientAnswered200,
        clientNon2xx,
        abandonBound,
        List.copyOf(found));
  }

  private List<String> findFailures() {
    List<String> f = new ArrayList<>();
    for (Budget b : budgets) {
      String name = b.scope() + " " + b.name();
      if (b.spentUsd().compareTo(auditedCostUsd) != 0) {
        f.add(name + ": spent " + b.spentUsd() + " USD, audited cost " + auditedCostUsd + " USD");
      }
      if (b.spentUsd().compareTo(b.limitUsd()) > 0) {
        f.add(name + ": overspent, " + b.spentUsd() + " USD of " + b.limitUsd() + " USD");
      }
      if (b.reservedUsd().signum() != 0) {
        f.add(name + ": " + b.reservedUsd() + " USD still reserved after the run");
      }
    }
    if (budgets.size() != 3) {
      f.add("expected the team, tool and key budgets, found " + budgets.size());
    }
    if (openReservations != 0) {
      f.add(openReservations + " reservations left open");
    }
    if (audited != reservations) {
      f.add(audited + " calls audited, " + reservations + " reserved");
    }
    if (reservations != settlements + releases) {
      f.add(reservations + " reserved, " + settlements + " settled + " + releases + " released");
    }
    if (auditedAttempts != vendorCalls) {
      f.add(auditedAttempts + " vendor attempts audited, " + vendorCalls + " made");
    }
    long answered = clientAnswered200 + clientNon2xx;
    if (audited < answered || audited > answered + abandonBound) {
      f.add(
          audited
              + " calls audited; the clients saw "
              + answered
              + " answered and at most "
              + abandonBound
              + " abandoned in flight");
    }
    if (auditedFailed < clientNon2xx) {
      f.add(clientNon2xx + " error answers seen, only " + auditedFailed + " failures audited");
    }
    if (unmasked != 0) {
      f.add(unmasked + " successful calls masked nothing");
    }
    return f;
  }
}
