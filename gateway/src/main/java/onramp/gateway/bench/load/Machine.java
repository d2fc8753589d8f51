package onramp.gateway.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The machine a run was made on, and how busy it was: numbers from a shared 2-core machine mean
 * little without the load average next to them.
 */
record Machine(
    int cores,
    String cpu,
    String java,
    String postgres,
    String synchronousCommit,
    String wrk,
    String nginx,
    double loadBefore,
    double loadAfter) {

  static Machine describe(LoadTools tools, DataSource db) {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        cpuModel(),
        Runtime.version() + " (" + System.getProperty("java.vm.name") + ")",
        setting(db, "server_version"),
        setting(db, "synchronous_commit"),
        LoadTools.version(tools.wrk(), "-v"),
        LoadTools.version(tools.nginx(), "-v"),
        loadAverage(),
        0);
  }

  Machine withLoadAfter() {
    return new Machine(
        cores, cpu, java, postgres, synchronousCommit, wrk, nginx, loadBefore, loadAverage());
  }

  /** The 1-minute load average, or -1 where /proc/loadavg is missing. */
  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("?");
    } catch (IOException e) {
      return "?";
    }
  }

  private static String setting(DataSource db, String name) {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW " + name)) {
      return rs.next() ? rs.getString(1) : "?";
    } catch (SQLException e) {
      return "? (" + e.getMessage() + ")";
    }
  }
}
