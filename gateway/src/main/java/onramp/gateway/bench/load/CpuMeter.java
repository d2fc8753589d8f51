package onramp.gateway.bench.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * CPU time spent per request, by process: this JVM (the fake vendor, and the gateway when it is the
 * target), the PostgreSQL backends of the bench database's pool, and nginx. On a busy shared
 * machine wall-clock steps include waiting for a core; CPU time says what a request costs.
 */
final class CpuMeter {
  private static final double TICK_MS = 10; // Linux USER_HZ is 100 on x86-64

  private final DataSource db;
  private final ProcessHandle nginx;

  CpuMeter(DataSource db, ProcessHandle nginx) {
    this.db = db;
    this.nginx = nginx;
  }

  /** CPU milliseconds per answered request, by process, over one run. */
  record PerRequest(double jvmMs, double postgresMs, double nginxMs) {}

  /** A reading to take before a run; {@link Reading#perRequest} after it. */
  Reading read() {
    List<Long> backends = backends();
    return new Reading(backends, jvmNanos(), ticks(backends), nginxTicks());
  }

  final class Reading {
    private final List<Long> backends;
    private final long jvm;
    private final long postgres;
    private final long nginx;

    private Reading(List<Long> backends, long jvm, long postgres, long nginx) {
      this.backends = backends;
      this.jvm = jvm;
      this.postgres = postgres;
      this.nginx = nginx;
    }

    PerRequest perRequest(long requests) {
      double n = Math.max(1, requests);
      return new PerRequest(
          (jvmNanos() - jvm) / 1e6 / n,
          (ticks(backends) - postgres) * TICK_MS / n,
          (nginxTicks() - nginx) * TICK_MS / n);
    }
  }

  private static long jvmNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  private long nginxTicks() {
    List<Long> pids = new ArrayList<>();
    pids.add(nginx.pid());
    nginx.descendants().forEach(p -> pids.add(p.pid()));
    return ticks(pids);
  }

  /** The pool's backends: every connection to the bench database. */
  private List<Long> backends() {
    List<Long> pids = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")) {
      while (rs.next()) {
        pids.add(rs.getLong(1));
      }
    } catch (SQLException e) {
      // no reading: the report shows 0
    }
    return pids;
  }

  /** utime + stime of the processes, in clock ticks (0 for one that is gone or not visible). */
  private static long ticks(List<Long> pids) {
    long sum = 0;
    for (long pid : pids) {
      try {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        sum += Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15 of stat
      } catch (IOException | RuntimeException e) {
        // gone, or another user's process
      }
    }
    return sum;
  }
}
