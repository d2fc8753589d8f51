package onramp.testkit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A fresh database on the local PostgreSQL (127.0.0.1:5432, user postgres, trust auth; override
 * with {@code ONRAMP_TEST_PG=jdbc:postgresql://host:port/}) with the given Flyway locations
 * migrated exactly as the app migrates them; dropped on close.
 *
 * <pre>{@code
 * try (TestDatabase db = new TestDatabase("gateway", "classpath:db/gateway");
 *     HikariDataSource pool = db.pool(4)) { ... }
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable {
  private static final String SERVER =
      System.getenv().getOrDefault("ONRAMP_TEST_PG", "jdbc:postgresql://127.0.0.1:5432/");

  /** The database's name: {@code <prefix>_it_<12 hex digits>}. */
  public final String name;

  /**
   * Creates the database and migrates it.
   *
   * @param prefix a short lower-case word naming the module or test (part of the database name)
   * @param locations Flyway locations, e.g. {@code classpath:db/gateway}
   */
  public TestDatabase(String prefix, String... locations) throws SQLException {
    if (!prefix.matches("[a-z][a-z0-9_]{0,30}")) {
      throw new IllegalArgumentException(
          "database prefix must be a short lower-case word: " + prefix);
    }
    this.name =
        prefix.toLowerCase(Locale.ROOT)
            + "_it_"
            + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    admin("CREATE DATABASE " + name);
    try {
      Flyway.configure()
          .dataSource(url(), "postgres", "")
          .locations(locations)
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** The JDBC URL of this database. */
  public String url() {
    return SERVER + name;
  }

  /** A plain connection (the caller closes it). */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), "postgres", "");
  }

  /** A connection pool, as one instance of the app would have (the caller closes it). */
  public HikariDataSource pool(int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url());
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
