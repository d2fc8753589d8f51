package onramp.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command's database on embedded defaults: the data folder's PostgreSQL, started or joined. */
class CommandDatabaseIT {
  @TempDir Path dataDir;

  private static Optional<String> noUrl(String name) {
    return Optional.empty();
  }

  @Test
  void startsTheEmbeddedDatabaseMigratedAndJoinsItWhileItRuns() throws Exception {
    try (CommandDatabase first = CommandDatabase.open(dataDir, CommandDatabaseIT::noUrl)) {
      AuditLog.on(first.dataSource()).append("cli:test", "CHECKED", "command-database", Map.of());

      try (CommandDatabase second = CommandDatabase.open(dataDir, CommandDatabaseIT::noUrl)) {
        assertThat(second.setup().where())
            .isEqualTo("embedded, data in " + dataDir.toAbsolutePath().resolve("postgres"));
        assertThat(AuditLog.on(second.dataSource()).about("command-database")).hasSize(1);
        assertThat(port(second)).isEqualTo(port(first));
      }
      // the second joined the first's server, so closing it left the server up
      assertThat(AuditLog.on(first.dataSource()).about("command-database")).hasSize(1);
      assertThat(tables(first))
          .contains("audit_event", "gateway_virtual_key", "gateway_policy_exception");
    }

    try (CommandDatabase again = CommandDatabase.open(dataDir, CommandDatabaseIT::noUrl)) {
      assertThat(AuditLog.on(again.dataSource()).about("command-database")).hasSize(1);
    }
  }

  private static int port(CommandDatabase db) throws Exception {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT inet_server_port()")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static java.util.List<String> tables(CommandDatabase db) throws Exception {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
