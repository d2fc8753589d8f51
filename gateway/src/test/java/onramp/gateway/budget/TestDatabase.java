package onramp.gateway.budget;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh database on the local PostgreSQL (127.0.0.1:5432, user postgres, trust auth) with the
 * gateway's migrations applied; dropped on close.
 */
public final class TestDatabase implements AutoCloseable {
  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

  /** The gateway's migrations in order, as Flyway applies them in the app. */
  private static final java.util.List<String> MIGRATIONS =
      java.util.List.of(
          "V100__gateway.sql",
          "V101__virtual_keys.sql",
          "V102__key_attribution.sql",
          "V103__policy_overrides.sql");

  public final String name =
      "gateway_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  public TestDatabase() throws SQLException, IOException {
    admin("CREATE DATABASE " + name);
    try (Connection c = DriverManager.getConnection(SERVER + name, "postgres", "");
        Statement s = c.createStatement()) {
      for (String migration : MIGRATIONS) {
        try (InputStream sql = getClass().getResourceAsStream("/db/gateway/" + migration)) {
          if (sql == null) {
            throw new IOException("missing migration db/gateway/" + migration);
          }
          s.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
  }

  /** A connection pool, as one gateway instance would have. */
  public HikariDataSource pool(int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(SERVER + name);
    config.setUsername("postgres");
    config.setMaximumPoolSize(size);
    return new HikariDataSource(config);
  }

  @Override
  public void close() throws SQLException {
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void admin(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
