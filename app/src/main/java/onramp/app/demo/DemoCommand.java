package onramp.app.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javax.sql.DataSource;
import onramp.app.system.OnrampApplication;
import onramp.gateway.fake.FakeVendorServer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./onramp demo}: fills a data folder with months of synthetic activity through the real
 * code paths of the running system (the Spring application of {@code serve}, with a synthetic clock
 * and the fake vendor in process), then writes one {@code demo_run} row so the report marks those
 * months as demo data.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Fills a data folder with months of synthetic activity through the real code paths:"
          + " applications decided by the verifier and a synthetic reviewer, gateway calls against"
          + " the fake vendor (refusals, failures, budgets), workspace runs, model exceptions.",
      "Then ./onramp serve shows it and ./onramp report --month YYYY-MM reports on it."
    })
public final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "The data folder to fill (default: $ONRAMP_DATA_DIR or ./data).")
  @Nullable Path dataDir;

  @Option(
      names = "--months",
      defaultValue = "3",
      description = "How many months to fill, ending with --end-month (default: ${DEFAULT-VALUE}).")
  int months;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Same seed, same counts (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--end-month",
      paramLabel = "YYYY-MM",
      description = "The last month filled (default: the current one, up to today).")
  @Nullable String endMonth;

  @Option(
      names = "--applications",
      defaultValue = "50",
      paramLabel = "N",
      description =
          "Applications a full month (default: ${DEFAULT-VALUE}; about 2 s each on 2 cores).")
  int applications;

  private final Function<String, Optional<String>> env;
  private final Clock realClock;
  private final PrintStream err;

  public DemoCommand() {
    this(name -> Optional.ofNullable(System.getenv(name)), Clock.systemDefaultZone(), System.err);
  }

  DemoCommand(Function<String, Optional<String>> env, Clock realClock, PrintStream err) {
    this.env = env;
    this.realClock = realClock;
    this.err = err;
  }

  @Override
  public Integer call() throws Exception {
    if (months < 1 || months > 24) {
      err.println("--months: give 1 to 24 months (was " + months + ").");
      return 2;
    }
    if (applications < 1 || applications > 2_000) {
      err.println("--applications: give 1 to 2000 a month (was " + applications + ").");
      return 2;
    }
    LocalDate today = LocalDate.now(realClock);
    YearMonth last;
    try {
      last = endMonth == null ? YearMonth.from(today) : YearMonth.parse(endMonth);
    } catch (DateTimeParseException e) {
      err.println("--end-month: write the month as YYYY-MM, e.g. 2026-11 (was " + endMonth + ").");
      return 2;
    }
    if (last.isAfter(YearMonth.from(today))) {
      err.println("--end-month " + last + " is in the future; the demo fills past months only.");
      return 2;
    }
    YearMonth first = last.minusMonths(months - 1L);
    Path dir =
        (dataDir != null
                ? dataDir
                : Path.of(env.apply("ONRAMP_DATA_DIR").filter(s -> !s.isBlank()).orElse("data")))
            .toAbsolutePath();
    Instant started = realClock.instant();
    ZoneId zone = ZoneId.systemDefault();
    DemoClock clock = new DemoClock(first.atDay(1).atStartOfDay(zone).toInstant(), zone);
    Path work = Files.createTempDirectory("onramp-demo-");
    String previousFake = System.getProperty("onramp.fake-vendor");
    try (FakeVendorServer fake = FakeVendorServer.start(0)) {
      System.setProperty("onramp.fake-vendor", fake.baseUri().toString());
      err.println(
          "Starting Onramp on "
              + dir
              + " with a synthetic clock and the fake vendor at "
              + fake.baseUri()
              + " ...");
      try (ConfigurableApplicationContext context =
          OnrampApplication.start(clock, dir, springArgs())) {
        DemoActivity activity =
            new DemoActivity(context, clock, fake, new java.util.Random(seed), work, err);
        Map<String, Object> summary = new LinkedHashMap<>();
        activity.setUp();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
          LocalDate end = m.equals(YearMonth.from(today)) ? today : m.atEndOfMonth();
          DemoActivity.Month made = activity.month(m, end, applications, seed);
          summary.put(m.toString(), made.counts());
          err.println(m + ": " + made.line());
        }
        summary.put("applicationsPerFullMonth", applications);
        writeRun(context.getBean(DataSource.class), first, last, seed, summary);
        Duration took = Duration.between(started, realClock.instant());
        activity.seconds.forEach(
            (what, s) -> err.printf(java.util.Locale.ROOT, "  %s: %.1f s%n", what, s));
        err.println(
            "Demo data for "
                + first
                + " to "
                + last
                + " (seed "
                + seed
                + ") written in "
                + (took.toSeconds() + " s")
                + ". Next: ./onramp serve --data-dir "
                + dir
                + ", ./onramp report --month "
                + last
                + " --data-dir "
                + dir);
      }
    } finally {
      if (previousFake == null) {
        System.clearProperty("onramp.fake-vendor");
      } else {
        System.setProperty("onramp.fake-vendor", previousFake);
      }
      DemoActivity.deleteTree(work);
    }
    return 0;
  }

  private String[] springArgs() {
    java.util.List<String> args = new java.util.ArrayList<>();
    env.apply("ONRAMP_DATABASE_URL")
        .filter(s -> !s.isBlank())
        .ifPresent(url -> args.add("--spring.datasource.url=" + url));
    env.apply("ONRAMP_DATABASE_USER")
        .filter(s -> !s.isBlank())
        .ifPresent(u -> args.add("--spring.datasource.username=" + u));
    return args.toArray(String[]::new);
  }

  private static void writeRun(
      DataSource ds, YearMonth first, YearMonth last, long seed, Map<String, Object> summary)
      throws Exception {
    try (java.sql.Connection c = ds.getConnection();
        java.sql.PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO demo_run (first_month, last_month, seed, summary)"
                    + " VALUES (?, ?, ?, CAST(? AS jsonb))")) {
      insert.setObject(1, first.atDay(1));
      insert.setObject(2, last.atDay(1));
      insert.setLong(3, seed);
      insert.setString(4, new ObjectMapper().writeValueAsString(summary));
      insert.executeUpdate();
    }
  }
}
