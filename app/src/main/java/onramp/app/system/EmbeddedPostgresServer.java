package onramp.app.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL run from jars (zonky), its data kept in the given folder across restarts. The
 * application's tables live in a database of their own, {@value #DATABASE}.
 */
final class EmbeddedPostgresServer implements AutoCloseable {
  static final String DATABASE = "onramp";
  static final String USER = "postgres";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
  }

  static EmbeddedPostgresServer start(DataDirectory data) {
    Path dir = data.postgres();
    boolean fresh = !Files.exists(dir.resolve("PG_VERSION"));
    long started = System.nanoTime();
    EmbeddedPostgres postgres;
    try {
      Files.createDirectories(dir);
      Redirect serverLog = Redirect.appendTo(data.postgresLog().toFile());
      postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dir)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false) // Spring stops it, after the connection pool
              .setPGStartupWait(Duration.ofSeconds(30))
              .setOutputRedirector(serverLog)
              .setErrorRedirector(serverLog)
              .start();
    } catch (IOException | RuntimeException e) {
      throw new EmbeddedDatabaseException(
          "The embedded PostgreSQL could not start in " + dir + " (" + e.getMessage() + ")",
          (Files.exists(dir.resolve("postmaster.pid"))
                  ? "If an Onramp was killed, its PostgreSQL may still run: stop it with"
                      + " kill $(head -1 "
                      + dir.resolve("postmaster.pid")
                      + "). "
                  : "")
              + "If another Onramp uses this data folder, stop it or pass another --data-dir; the"
              + " server's log is "
              + data.postgresLog()
              + ". Or use an external PostgreSQL with"
              + " ONRAMP_DATABASE_URL.",
          e);
    }
    EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dir);
    server.createDatabaseIfMissing();
    log.info(
        "Embedded PostgreSQL {} in {} ms, data in {}",
        fresh ? "initialised and started" : "started",
        Duration.ofNanos(System.nanoTime() - started).toMillis(),
        dir);
    return server;
  }

  String jdbcUrl() {
    return jdbcUrl(postgres.getPort());
  }

  private static String jdbcUrl(int port) {
    return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
  }

  /**
   * The JDBC URL of the embedded PostgreSQL already running on this data folder (a {@code serve}),
   * if one is: PostgreSQL's {@code postmaster.pid} names its process (line 1) and port (line 4).
   */
  static Optional<String> running(DataDirectory data) {
    Path pidFile = data.postgres().resolve("postmaster.pid");
    try {
      List<String> lines = Files.readAllLines(pidFile);
      long pid = Long.parseLong(lines.get(0).strip());
      int port = Integer.parseInt(lines.get(3).strip());
      boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
      return alive ? Optional.of(jdbcUrl(port)) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // no server, or a file left by one that died: start our own
    }
  }

  Path dataDirectory() {
    return dataDirectory;
  }

  private void createDatabaseIfMissing() {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists =
            c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, DATABASE);
      try (ResultSet rs = exists.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
      try (Statement create = c.createStatement()) {
        create.execute("CREATE DATABASE " + DATABASE);
      }
    } catch (SQLException e) {
      close();
      throw new EmbeddedDatabaseException(
          "The embedded PostgreSQL started but the database '"
              + DATABASE
              + "' could not be created ("
              + e.getMessage()
              + ")",
          "Delete "
              + dataDirectory
              + " to start afresh (its data is lost), or restore it from a backup.",
          e);
    }
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not stop the embedded PostgreSQL in " + dataDirectory, e);
    }
  }
}
