package onramp.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh database on the machine's PostgreSQL (127.0.0.1:5432, trust auth, user postgres), made
 * from the {@code test} database and dropped by {@link #close()}. ONRAMP_IT_ADMIN_URL overrides the
 * server.
 */
public final class TestDatabase implements AutoCloseable {
  private static final String ADMIN_URL =
      System.getenv().getOrDefault("ONRAMP_IT_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  private final String name;

  private TestDatabase(String name) {
    this.name = name;
  }

  public static TestDatabase create() throws SQLException {
    String name = "onramp_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    admin("CREATE DATABASE " + name);
    return new TestDatabase(name);
  }

  public String name() {
    return name;
  }

  public String url() {
    return ADMIN_URL.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
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
