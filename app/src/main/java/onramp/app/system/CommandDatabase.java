package onramp.app.system;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database of {@code ./onramp serve}, for a command that needs it without the web application:
 * the one {@code ONRAMP_DATABASE_URL} names (with {@code ONRAMP_DATABASE_USER} and {@code
 * ONRAMP_DATABASE_PASSWORD}), else the embedded PostgreSQL of the data folder: the one a running
 * {@code serve} started when there is one, else started here for the command and stopped after it.
 * The migrations {@code serve} runs are run first, so a command works on a fresh data folder too.
 */
public final class CommandDatabase implements AutoCloseable {
  /** What {@code spring.flyway.locations} says in application.yml (a test holds them together). */
  static final String[] MIGRATIONS = {
    "classpath:db/migration",
    "classpath:db/gateway",
    "classpath:db/workspace",
    "classpath:db/devtools",
    "classpath:db/insights"
  };

  /** Every migration location serve runs, in order (for benchmarks that build a database). */
  public static java.util.List<String> migrations() {
    return java.util.List.of(MIGRATIONS);
  }

  static final String URL_ENV = "ONRAMP_DATABASE_URL";

  private final DataSource dataSource;
  private final DatabaseSetup setup;
  private final @Nullable EmbeddedPostgresServer started;

  private CommandDatabase(
      DataSource dataSource, DatabaseSetup setup, @Nullable EmbeddedPostgresServer started) {
    this.dataSource = dataSource;
    this.setup = setup;
    this.started = started;
  }

  /**
   * Opens and migrates the database.
   *
   * @param dataDir the data folder, as {@code serve --data-dir} takes it
   * @param env looks up environment variables ({@code System::getenv} in production)
   */
  public static CommandDatabase open(Path dataDir, Function<String, Optional<String>> env) {
    Optional<String> url = env.apply(URL_ENV).filter(u -> !u.isBlank());
    CommandDatabase db;
    if (url.isPresent()) {
      db =
          new CommandDatabase(
              dataSource(
                  url.get(),
                  env.apply("ONRAMP_DATABASE_USER").orElse(""),
                  env.apply("ONRAMP_DATABASE_PASSWORD").orElse("")),
              new DatabaseSetup.External(url.get()),
              null);
    } else {
      DataDirectory data = DataDirectory.of(dataDir).create();
      Optional<String> running = EmbeddedPostgresServer.running(data);
      EmbeddedPostgresServer started =
          running.isPresent() ? null : EmbeddedPostgresServer.start(data);
      String jdbc = running.orElseGet(() -> java.util.Objects.requireNonNull(started).jdbcUrl());
      db =
          new CommandDatabase(
              dataSource(jdbc, EmbeddedPostgresServer.USER, ""),
              new DatabaseSetup.Embedded(data.postgres()),
              started);
    }
    try {
      db.migrate();
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    return db;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Which database this is, without credentials. */
  public DatabaseSetup setup() {
    return setup;
  }

  private void migrate() {
    try {
      Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load().migrate();
    } catch (FlywayException e) {
      throw new CommandDatabaseException(
          "The database ("
              + setup.where()
              + ") could not be opened or brought up to date: "
              + String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip()
              + ". Check that it is up and that "
              + URL_ENV
              + " (or --data-dir) names the database ./onramp serve uses.",
          e);
    }
  }

  private static DataSource dataSource(String url, String user, String password) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    if (!user.isEmpty()) {
      ds.setUser(user);
    }
    if (!password.isEmpty()) {
      ds.setPassword(password);
    }
    ds.setLogServerErrorDetail(false); // row values stay out of messages, as in serve
    return ds;
  }

  /** Stops the embedded PostgreSQL if this command started it; one that serve runs stays up. */
  @Override
  public void close() {
    if (started != null) {
      started.close();
    }
  }

  /** The database a command needs cannot be used. */
  static final class CommandDatabaseException extends AppException.Unavailable {
    CommandDatabaseException(String message, Throwable cause) {
      super(message);
      initCause(cause);
    }
  }
}
