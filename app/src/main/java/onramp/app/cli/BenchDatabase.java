package onramp.app.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A fresh database for {@code bench gateway-load} on a PostgreSQL server (trust or URL
 * credentials), with the gateway's migrations applied by Flyway as the app applies them and a pool
 * of the app's size; dropped on close.
 */
final class BenchDatabase implements AutoCloseable {
  private final String adminUrl;
  private final String name;
  private final HikariDataSource pool;

  private BenchDatabase(String adminUrl, String name, HikariDataSource pool) {
    this.adminUrl = adminUrl;
    this.name = name;
    this.pool = pool;
  }

  /**
   * @param adminUrl a JDBC URL of an existing database on the server, e.g. {@code
   *     jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}
   * @param synchronousCommit {@code on} or {@code off} for the new database, else the server's
   *     setting
   */
  static BenchDatabase create(String adminUrl, Optional<String> synchronousCommit)
      throws SQLException {
    return create(adminUrl, synchronousCommit, "classpath:db/gateway");
  }

  /**
   * The same, with the migrations of {@code locations} (Flyway locations) instead of the gateway's.
   */
  static BenchDatabase create(
      String adminUrl, Optional<String> synchronousCommit, String... locations)
      throws SQLException {
    String name = "onramp_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Optional<String> commit = synchronousCommit.map(s -> s.strip().toLowerCase(Locale.ROOT));
    if (commit.isPresent() && !commit.get().equals("on") && !commit.get().equals("off")) {
      throw new IllegalArgumentException(
          "--synchronous-commit must be on, off or server, not " + synchronousCommit.get());
    }
    admin(adminUrl, "CREATE DATABASE " + name);
    try {
      if (commit.isPresent()) {
        admin(adminUrl, "ALTER DATABASE " + name + " SET synchronous_commit = " + commit.get());
      }
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(adminUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"));
      if (!adminUrl.contains("user=")) {
        config.setUsername("postgres");
      }
      config.setMaximumPoolSize(10); // as application.yml sets it for the service
      HikariDataSource pool = new HikariDataSource(config);
      Flyway.configure().dataSource(pool).locations(locations).load().migrate();
      return new BenchDatabase(adminUrl, name, pool);
    } catch (RuntimeException e) {
      admin(adminUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      throw e;
    }
  }

  DataSource dataSource() {
    return pool;
  }

  String name() {
    return name;
  }

  @Override
  public void close() throws SQLException {
    pool.close();
    admin(adminUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void admin(String url, String sql) throws SQLException {
    try (Connection c =
            url.contains("user=")
                ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
