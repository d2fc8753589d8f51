package onramp.app.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder {@code ./onramp serve} keeps its local state in ({@code --data-dir}, default {@code
 * ./data}).
 */
public record DataDirectory(Path root) {
  public DataDirectory {
    root = root.toAbsolutePath().normalize();
  }

  public static DataDirectory of(Path root) {
    return new DataDirectory(root);
  }

  /** The embedded PostgreSQL's data directory (unused when an external database is configured). */
  public Path postgres() {
    return root.resolve("postgres");
  }

  /**
   * The embedded PostgreSQL's server log: kept out of the console, since it can quote row values.
   */
  public Path postgresLog() {
    return root.resolve("postgres.log");
  }

  /** Uploaded documents. */
  public Path documents() {
    return root.resolve("documents");
  }

  /** Creates the folders; fails with what to do when it cannot. */
  DataDirectory create() {
    try {
      Files.createDirectories(documents());
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot create the data folder "
              + root
              + " ("
              + e.getMessage()
              + "): choose a writable folder with --data-dir or ONRAMP_DATA_DIR",
          e);
    }
  }
}
