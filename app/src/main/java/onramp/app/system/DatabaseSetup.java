package onramp.app.system;

import java.nio.file.Path;

/**
 * Which PostgreSQL this process uses: the embedded one under the data folder, or one configured.
 */
public sealed interface DatabaseSetup {
  /** A place a person can find the database by, with no credentials in it. */
  String where();

  record Embedded(Path dataDirectory) implements DatabaseSetup {
    @Override
    public String where() {
      return "embedded, data in " + dataDirectory;
    }
  }

  record External(String url) implements DatabaseSetup {
    public External {
      url = withoutCredentials(url);
    }

    @Override
    public String where() {
      return "external, at " + url;
    }

    /** Drops the query string ({@code ?password=..}) and any {@code user:password@}. */
    static String withoutCredentials(String jdbcUrl) {
      String url = jdbcUrl.replaceFirst("\\?.*$", "");
      return url.replaceFirst("//[^/@]*@", "//");
    }
  }
}
