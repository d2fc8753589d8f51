package onramp.app.ops.status;

import onramp.app.system.DatabaseSetup;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Asks the database for its version, so "on" means it answered just now. */
@Component
@Order(10)
class DatabaseStatus implements ComponentStatusProvider {
  static final String NAME = "Database";
  private final JdbcClient jdbc;
  private final DatabaseSetup setup;

  DatabaseStatus(JdbcClient jdbc, DatabaseSetup setup) {
    this.jdbc = jdbc;
    this.setup = setup;
  }

  @Override
  public ComponentStatus status() {
    try {
      // Debian reports "15.20 (Debian 15.20-0+deb12u1)": the number is enough.
      String reported = jdbc.sql("SHOW server_version").query(String.class).single();
      String version =
          reported.contains(" ") ? reported.substring(0, reported.indexOf(' ')) : reported;
      return ComponentStatus.on(NAME, "PostgreSQL " + version + ", " + setup.where());
    } catch (DataAccessException e) {
      String fix =
          switch (setup) {
            case DatabaseSetup.Embedded embedded ->
                "restart Onramp; the embedded server's log is beside " + embedded.dataDirectory();
            case DatabaseSetup.External external ->
                "check that it is running and that ONRAMP_DATABASE_URL, _USER and _PASSWORD are right";
          };
      return ComponentStatus.off(
          NAME,
          "PostgreSQL (" + setup.where() + ") does not answer: " + rootMessage(e) + "; " + fix);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return String.valueOf(cause.getMessage());
  }
}
