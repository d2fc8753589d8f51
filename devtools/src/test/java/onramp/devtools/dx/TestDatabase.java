package onramp.devtools.dx;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * A fresh database on the local PostgreSQL (127.0.0.1:5432, user postgres, trust auth) with the
 * devtools migrations applied in order, as Flyway applies them in the app; dropped on close.
 */
final class TestDatabase implements AutoCloseable {
  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

  /** Every migration of the measurements, in version order. Add new ones here. */
  private static final List<String> MIGRATIONS = List.of("db/devtools/V300__dx.sql");

  public final String name =
      "dx_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  public TestDatabase() throws SQLException, IOException {
    admin("CREATE DATABASE " + name);
    try (Connection c = DriverManager.getConnection(SERVER + name, "postgres", "");
        Statement s = c.createStatement()) {
      for (String migration : MIGRATIONS) {
        try (InputStream sql = getClass().getClassLoader().getResourceAsStream(migration)) {
          if (sql == null) {
            throw new IOException("missing migration " + migration);
          }
          s.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
  }

  /** A connection pool, as one instance would have. */
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
