package onramp.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import onramp.app.system.CommandDatabase;
import onramp.app.system.insights.DxDeveloperImpact;
import onramp.devtools.dx.DxStore;
import onramp.insights.MonthlyReport;
import onramp.insights.Report;
import onramp.insights.ReportException;
import onramp.insights.ReportMonth;
import onramp.insights.SupplyParameters;
import onramp.insights.render.ReportHtml;
import onramp.insights.render.ReportPdf;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./onramp report --month YYYY-MM [--data-dir DIR] [--out DIR]}: report.html and report.pdf
 * for the executive meeting, from the database {@code ./onramp serve} uses.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write the monthly executive report (report.html, report.pdf) from the database ./onramp"
          + " serve uses. --set NAME=VALUE changes a supply-model parameter first."
    })
public final class ReportCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month.")
  String month = "";

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: .).")
  Path out = Path.of(".");

  @Option(
      names = "--set",
      paramLabel = "NAME=VALUE",
      description =
          "Change a supply-model parameter (dropoff_per_day, activation_rate,"
              + " trips_per_active_driver, manual_baseline_days) before the report.")
  List<String> set = List.of();

  @Option(
      names = "--basis",
      paramLabel = "MEASURED|ASSUMPTION",
      description = "What --set values rest on (default: ASSUMPTION).")
  String basis = "ASSUMPTION";

  @Mixin DataDirOption dataDir = new DataDirOption();

  private final Function<String, Optional<String>> env;

  public ReportCommand() {
    this(name -> Optional.ofNullable(System.getenv(name)));
  }

  ReportCommand(Function<String, Optional<String>> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    CommandSpec cs = Objects.requireNonNull(spec, "picocli's @Spec");
    PrintWriter err = cs.commandLine().getErr();
    PrintWriter stdout = cs.commandLine().getOut();
    ReportMonth m;
    try {
      m = ReportMonth.parse(month);
    } catch (IllegalArgumentException e) {
      err.println("onramp report: " + e.getMessage());
      return 2;
    }
    try (CommandDatabase db = CommandDatabase.open(dataDir.resolve(env), env)) {
      Clock clock = Clock.systemUTC();
      for (String s : set) {
        int eq = s.indexOf('=');
        if (eq <= 0) {
          err.println("onramp report: --set wants NAME=VALUE, not '" + s + "'");
          return 2;
        }
        double value;
        try {
          value = Double.parseDouble(s.substring(eq + 1).strip());
        } catch (NumberFormatException e) {
          err.println("onramp report: --set " + s + ": the value is not a number");
          return 2;
        }
        new SupplyParameters(db.dataSource())
            .set(s.substring(0, eq).strip(), value, basis, KeyDatabase.actor());
      }
      long t0 = System.nanoTime();
      Report report =
          new MonthlyReport(
                  db.dataSource(), clock, new DxDeveloperImpact(DxStore.on(db.dataSource(), clock)))
              .figures(m);
      long t1 = System.nanoTime();
      String html = ReportHtml.render(report, "");
      byte[] pdf = ReportPdf.render(html);
      long t2 = System.nanoTime();
      Files.createDirectories(out);
      Path htmlFile = out.resolve("report.html");
      Path pdfFile = out.resolve("report.pdf");
      Files.writeString(htmlFile, html, StandardCharsets.UTF_8);
      Files.write(pdfFile, pdf);
      stdout.printf(
          "Wrote %s and %s for %s%s (figures %d ms, HTML and PDF %d ms).%n",
          htmlFile,
          pdfFile,
          m,
          report.demo().isPresent() ? " — DEMO DATA" : "",
          (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000);
      stdout.flush();
      return 0;
    } catch (ReportException e) {
      err.println("onramp report: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("onramp report: could not write to " + out + ": " + e.getMessage());
      return 1;
    }
  }
}
