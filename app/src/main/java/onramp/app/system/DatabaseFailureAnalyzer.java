package onramp.app.system;

import java.sql.SQLException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Turns a database that cannot be reached at start-up into Spring Boot's short "APPLICATION FAILED
 * TO START" report (description and action) instead of a page of stack trace.
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer {
  /** Connection failures (08…), bad credentials (28…), database missing (3D000). */
  private static final Set<String> UNREACHABLE = Set.of("08", "28", "3D");

  private final Environment environment;

  DatabaseFailureAnalyzer(Environment environment) {
    this.environment = environment;
  }

  @Override
  public @Nullable FailureAnalysis analyze(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof EmbeddedDatabaseException embedded) {
        return new FailureAnalysis(embedded.getMessage(), embedded.action(), embedded);
      }
      if (t instanceof SQLException sql && isUnreachable(sql)) {
        return unreachable(sql);
      }
    }
    return null;
  }

  private static boolean isUnreachable(SQLException e) {
    String state = e.getSQLState();
    return state != null && state.length() >= 2 && UNREACHABLE.contains(state.substring(0, 2));
  }

  private FailureAnalysis unreachable(SQLException e) {
    String url = environment.getProperty(DatabaseConfiguration.URL_PROPERTY, "");
    if (!StringUtils.hasText(url)) {
      return new FailureAnalysis(
          "The embedded PostgreSQL started but does not accept connections: " + e.getMessage(),
          "Stop Onramp, check the embedded server's postgres.log in the data folder, and start again.",
          e);
    }
    return new FailureAnalysis(
        "Onramp cannot use the database at "
            + new DatabaseSetup.External(url).url()
            + ": "
            + e.getMessage(),
        "Start that PostgreSQL or correct ONRAMP_DATABASE_URL, ONRAMP_DATABASE_USER and"
            + " ONRAMP_DATABASE_PASSWORD (or spring.datasource.*). To use the embedded database instead,"
            + " unset ONRAMP_DATABASE_URL.",
        e);
  }
}
