package onramp.gateway.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import onramp.gateway.GatewayConfigException;
import onramp.gateway.Vendor;

/** Policy changes in PostgreSQL (tables from {@code db/gateway/V103__policy_overrides.sql}). */
public final class PostgresPolicyStore implements PolicyStore {
  private static final String OVERRIDE_COLUMNS = "model, allowed, changed_by, changed_at";
  private static final String EXCEPTION_COLUMNS =
      "id, vendor, model, purpose, approver, ticket, expires, note, status, decided_at,"
          + " revoked_by, revoked_at";

  private final DataSource dataSource;
  private final Clock clock;

  private PostgresPolicyStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  public static PostgresPolicyStore create(DataSource dataSource, Clock clock) {
    return new PostgresPolicyStore(dataSource, clock);
  }

  @Override
  public List<AllowlistOverride> allowlistOverrides() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT " + OVERRIDE_COLUMNS + " FROM gateway_allowlist_override ORDER BY model")) {
      return overrides(ps);
    } catch (SQLException e) {
      throw failure("read the allowlist switches", e);
    }
  }

  @Override
  public Optional<AllowlistOverride> setAllowed(String model, boolean allowed, String by) {
    return changeOverride(
        model,
        "INSERT INTO gateway_allowlist_override ("
            + OVERRIDE_COLUMNS
            + ") VALUES (?, ?, ?, ?) ON CONFLICT (model) DO UPDATE SET allowed = excluded.allowed,"
            + " changed_by = excluded.changed_by, changed_at = excluded.changed_at",
        ps -> {
          ps.setString(1, model);
          ps.setBoolean(2, allowed);
          ps.setString(3, by);
          ps.setTimestamp(4, Timestamp.from(clock.instant()));
        });
  }

  @Override
  public Optional<AllowlistOverride> clearAllowed(String model) {
    return changeOverride(
        model,
        "DELETE FROM gateway_allowlist_override WHERE model = ?",
        ps -> ps.setString(1, model));
  }

  /** Reads the model's switch under a row lock, then changes it, in one transaction. */
  private Optional<AllowlistOverride> changeOverride(
      String model, String change, Parameters parameters) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        Optional<AllowlistOverride> before;
        try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + OVERRIDE_COLUMNS
                    + " FROM gateway_allowlist_override WHERE model = ? FOR UPDATE")) {
          ps.setString(1, model);
          before = overrides(ps).stream().findFirst();
        }
        try (PreparedStatement ps = c.prepareStatement(change)) {
          parameters.set(ps);
          ps.executeUpdate();
        }
        c.commit();
        return before;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw failure("change the allowlist", e);
    }
  }

  @Override
  public ReviewedException grant(ExceptionDecision decision) {
    return insert(decision, ExceptionStatus.GRANTED);
  }

  @Override
  public ReviewedException refuse(ExceptionDecision decision) {
    return insert(decision, ExceptionStatus.REFUSED);
  }

  private ReviewedException insert(ExceptionDecision d, ExceptionStatus status) {
    ReviewedException e =
        new ReviewedException(UUID.randomUUID(), d, status, clock.instant(), Optional.empty());
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO gateway_policy_exception (id, vendor, model, purpose, approver,"
                    + " ticket, expires, note, status, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?)")) {
      ps.setObject(1, e.id());
      ps.setString(2, d.vendor().id());
      ps.setString(3, d.model());
      ps.setString(4, d.purpose());
      ps.setString(5, d.approver());
      ps.setString(6, d.ticket());
      ps.setObject(7, d.expires().orElse(null));
      ps.setString(8, d.note().orElse(null));
      ps.setString(9, status.name());
      ps.setTimestamp(10, Timestamp.from(e.decidedAt()));
      ps.executeUpdate();
      return e;
    } catch (SQLException ex) {
      throw failure("record an exception", ex);
    }
  }

  @Override
  public Optional<ReviewedException> revoke(UUID id, String by) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE gateway_policy_exception SET status = ?, revoked_by = ?, revoked_at = ?"
                    + " WHERE id = ? AND status = ? RETURNING "
                    + EXCEPTION_COLUMNS)) {
      ps.setString(1, ExceptionStatus.REVOKED.name());
      ps.setString(2, by);
      ps.setTimestamp(3, Timestamp.from(clock.instant()));
      ps.setObject(4, id);
      ps.setString(5, ExceptionStatus.GRANTED.name());
      return exceptions(ps).stream().findFirst();
    } catch (SQLException e) {
      throw failure("revoke an exception", e);
    }
  }

  @Override
  public Optional<ReviewedException> exception(UUID id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT " + EXCEPTION_COLUMNS + " FROM gateway_policy_exception WHERE id = ?")) {
      ps.setObject(1, id);
      return exceptions(ps).stream().findFirst();
    } catch (SQLException e) {
      throw failure("read an exception", e);
    }
  }

  @Override
  public List<ReviewedException> exceptions() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + EXCEPTION_COLUMNS
                    + " FROM gateway_policy_exception ORDER BY decided_at DESC, seq DESC")) {
      return exceptions(ps);
    } catch (SQLException e) {
      throw failure("read the exceptions", e);
    }
  }

  private static List<AllowlistOverride> overrides(PreparedStatement ps) throws SQLException {
    List<AllowlistOverride> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new AllowlistOverride(
                rs.getString("model"),
                rs.getBoolean("allowed"),
                rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toInstant()));
      }
    }
    return out;
  }

  private static List<ReviewedException> exceptions(PreparedStatement ps) throws SQLException {
    List<ReviewedException> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(exception(rs));
      }
    }
    return out;
  }

  private static ReviewedException exception(ResultSet rs) throws SQLException {
    ExceptionDecision decision =
        new ExceptionDecision(
            Vendor.of(rs.getString("vendor")),
            rs.getString("model"),
            rs.getString("purpose"),
            rs.getString("approver"),
            rs.getString("ticket"),
            Optional.ofNullable(rs.getObject("expires", LocalDate.class)),
            Optional.ofNullable(rs.getString("note")));
    Timestamp revokedAt = rs.getTimestamp("revoked_at");
    String revokedBy = rs.getString("revoked_by");
    Optional<Revocation> revocation =
        revokedAt == null || revokedBy == null
            ? Optional.empty()
            : Optional.of(new Revocation(revokedBy, revokedAt.toInstant()));
    return new ReviewedException(
        rs.getObject("id", UUID.class),
        decision,
        ExceptionStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("decided_at").toInstant(),
        revocation);
  }

  private static GatewayConfigException failure(String what, SQLException e) {
    return new GatewayConfigException(
        "could not "
            + what
            + " in PostgreSQL ("
            + e.getSQLState()
            + "); check that PostgreSQL is up and migrations db/gateway have run",
        e);
  }

  @FunctionalInterface
  private interface Parameters {
    void set(PreparedStatement ps) throws SQLException;
  }
}
