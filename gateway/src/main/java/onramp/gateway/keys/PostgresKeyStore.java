package onramp.gateway.keys;

import java.math.BigDecimal;
import java.sql.Array;
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
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import onramp.gateway.DataClass;
import onramp.gateway.GatewayConfigException;

/** Keys in PostgreSQL (table from {@code db/gateway/V101__virtual_keys.sql}). */
public final class PostgresKeyStore implements KeyStore {
  private static final String COLUMNS =
      "id, hint, team, tool, person, models, max_data_class, monthly_budget_usd,"
          + " requests_per_minute, expires, created_at, revoked_at";

  private final DataSource dataSource;
  private final Clock clock;

  private PostgresKeyStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  public static PostgresKeyStore create(DataSource dataSource, Clock clock) {
    return new PostgresKeyStore(dataSource, clock);
  }

  @Override
  public IssuedKey issue(KeyGrant grant) {
    String secret = Secrets.generate();
    VirtualKey key =
        new VirtualKey(
            UUID.randomUUID(), Secrets.hint(secret), grant, clock.instant(), Optional.empty());
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO gateway_virtual_key (secret_sha256, "
                    + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Array models = c.createArrayOf("text", grant.models().stream().sorted().toArray());
      ps.setString(1, Secrets.hash(secret));
      ps.setObject(2, key.id());
      ps.setString(3, key.hint());
      ps.setString(4, grant.team());
      ps.setString(5, grant.tool());
      ps.setString(6, grant.user().orElse(null));
      ps.setArray(7, models);
      ps.setString(8, grant.maxDataClass().name());
      ps.setBigDecimal(9, grant.monthlyBudgetUsd().orElse(null));
      ps.setObject(10, grant.requestsPerMinute().orElse(null));
      ps.setObject(11, grant.expires().orElse(null));
      ps.setTimestamp(12, Timestamp.from(key.created()));
      ps.setTimestamp(13, null);
      ps.executeUpdate();
      return new IssuedKey(key, secret);
    } catch (SQLException e) {
      throw unavailable("store a new key", e);
    }
  }

  @Override
  public Optional<VirtualKey> find(String presentedSecret) {
    if (!Secrets.wellFormed(presentedSecret)) {
      return Optional.empty();
    }
    List<VirtualKey> found =
        query(
            "SELECT " + COLUMNS + " FROM gateway_virtual_key WHERE secret_sha256 = ?",
            Secrets.hash(presentedSecret));
    return found.stream().findFirst();
  }

  @Override
  public List<VirtualKey> list() {
    return query(
        "SELECT " + COLUMNS + " FROM gateway_virtual_key ORDER BY created_at DESC, id", null);
  }

  @Override
  public boolean revoke(UUID id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE gateway_virtual_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
      ps.setTimestamp(1, Timestamp.from(clock.instant()));
      ps.setObject(2, id);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw unavailable("revoke a key", e);
    }
  }

  private List<VirtualKey> query(String sql, @org.jspecify.annotations.Nullable String parameter) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      if (parameter != null) {
        ps.setString(1, parameter);
      }
      List<VirtualKey> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(row(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw unavailable("read keys", e);
    }
  }

  private static VirtualKey row(ResultSet rs) throws SQLException {
    String[] models = (String[]) rs.getArray("models").getArray();
    Timestamp revoked = rs.getTimestamp("revoked_at");
    BigDecimal budget = rs.getBigDecimal("monthly_budget_usd");
    Integer rate = rs.getObject("requests_per_minute", Integer.class);
    LocalDate expires = rs.getObject("expires", LocalDate.class);
    KeyGrant grant =
        new KeyGrant(
            rs.getString("team"),
            rs.getString("tool"),
            Optional.ofNullable(rs.getString("person")),
            Set.of(models),
            DataClass.valueOf(rs.getString("max_data_class")),
            Optional.ofNullable(budget).map(BigDecimal::stripTrailingZeros),
            Optional.ofNullable(rate),
            Optional.ofNullable(expires));
    return new VirtualKey(
        rs.getObject("id", UUID.class),
        rs.getString("hint"),
        grant,
        rs.getTimestamp("created_at").toInstant(),
        Optional.ofNullable(revoked).map(Timestamp::toInstant));
  }

  private static GatewayConfigException unavailable(String what, SQLException e) {
    return new GatewayConfigException(
        "could not "
            + what
            + " in PostgreSQL ("
            + e.getSQLState()
            + "); check that PostgreSQL is up and migrations db/gateway have run",
        e);
  }
}
