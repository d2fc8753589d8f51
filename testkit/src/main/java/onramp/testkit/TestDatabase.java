package onramp.testkit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A fresh database on the machine's PostgreSQL (127.0.0.1:5432, trust auth, user postgres; {@code
 * ONRAMP_IT_ADMIN_URL} names another server's admin database), migrated by Flyway from the
 * locations a test names, exactly as the app migrates its own; dropped by {@link #close()}.
 *
 * <pre>{@code
 * try (TestDatabase db = new TestDatabase("gateway", "classpath:db/gateway");
 *     HikariDataSource pool = db.pool(4)) { ... }
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable {
  private static final String ADMIN_URL =
      System.getenv().getOrDefault("ONRAMP_IT_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/test");

  private final String name;

  /**
   * Creates the database and migrates it.
   *
   * @param prefix a short lower-case word naming the module or test (part of the database name)
   * @param locations Flyway locations, e.g. {@code classpath:db/gateway}; none: left empty (for a
   *     test that starts the app, which migrates it)
   */
  public TestDatabase(String prefix, String... locations) throws SQLException {
    if (!prefix.matches("[a-z][a-z0-9_]{0,30}")) {
      throw new IllegalArgumentException(
          "database prefix must be a short lower-case word: " + prefix);
    }
    this.name = prefix + "_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    admin("CREATE DATABASE " + name);
    if (locations.length > 0) {
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
  }

  /** An empty database, for a test that starts the app (which runs every migration itself). */
  public static TestDatabase create() throws SQLException {
    return new TestDatabase("onramp");
  }

  /** The database's name: {@code <prefix>_it_<12 hex digits>}. */
  public String name() {
    return name;
  }

  /** The JDBC URL of this database. */
  public String url() {
    return ADMIN_URL.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
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

  /** Spring arguments that point Onramp at this database. */
  public String[] springArgs(String... more) {
    String[] args = new String[2 + more.length];
    args[0] = "--spring.datasource.url=" + url();
    args[1] = "--spring.datasource.username=postgres";
    System.arraycopy(more, 0, args, 2, more.length);
    return args;
  }

  @Override
  public void close() throws SQLException {
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void admin(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
