package onramp.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import onramp.app.cli.bench.ReportBenchmark;
import onramp.app.cli.bench.WorkspaceTtftBenchmark;
import onramp.devtools.bench.ReviewBenchmark;
import onramp.documents.bench.BarcodeBenchmark;
import onramp.documents.bench.OcrBenchmark;
import onramp.gateway.bench.GatewayBenchmark;
import onramp.gateway.bench.load.LoadBenchmark;
import onramp.gateway.bench.load.LoadReport;
import onramp.gateway.bench.load.LoadSettings;
import onramp.gateway.masking.MaskingBenchmark;
import onramp.onboarding.eval.VerifyBenchmark;
import onramp.workspace.files.bench.FileTextBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmarks, on synthetic data made on the spot. WHAT: barcode (PDF417 decode per licence-back photo),",
      "ocr (licence-front OCR per card), ocr-photos (the same on photographed cards, by severity), verify (whole application, one at a time), gateway (added latency per",
      "call vs the fake vendor), mask (masking MB/s), workspace-files (text of a 50-page PDF and of a",
      "DOCX of the same text, --count runs each), or all (the default).",
      "gateway-load (not in all): the gateway service under wrk load at a constant rate, against the",
      "fake vendor directly and through nginx, with budgets, keys and audit in a fresh PostgreSQL",
      "database; writes results.json and summary.md to --out and prints the summary.",
      "report (not in all): the monthly report for a month of 50,000 applications and 500,000 gateway"
          + " calls on a fresh database of the PostgreSQL server (--postgres); goal ≤ 10 s.",
      "workspace-ttft (not in all): time to the first streamed token of a workspace run against the",
      "gateway service and the fake vendor directly, side by side on one app (embedded PostgreSQL).",
      "ts-review (not in all): the TypeScript review without the model (diff, the repository's tsc and",
      "ESLint, mapping) on a generated 50k-line repository with a 300-line change, against a plain",
      "tsc --noEmit in the same run (--count rounds, at most 5; needs npm the first time)."
    })
public final class BenchCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..*",
      paramLabel = "WHAT",
      description =
          "barcode, ocr, ocr-photos, verify, gateway, mask, workspace-files, all; gateway-load,"
              + " workspace-ttft, ts-review, report")
  List<String> what = List.of("all");

  @Option(
      names = "--count",
      defaultValue = "40",
      description = "Images / applications per benchmark (default ${DEFAULT-VALUE}).")
  int count;

  @Option(
      names = "--seed",
      defaultValue = "7",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--rate",
      defaultValue = "1000",
      description = "gateway-load: requests per second of the main run (default ${DEFAULT-VALUE}).")
  int rate;

  @Option(
      names = "--seconds",
      defaultValue = "60",
      description =
          "gateway-load: seconds per target at --rate (default ${DEFAULT-VALUE}; 5 for a smoke"
              + " run); warm-up and sweep steps scale with it.")
  int seconds;

  @Option(
      names = "--sweep",
      split = ",",
      paramLabel = "RATE",
      description =
          "gateway-load: rates of the sweep for the highest rate held (default"
              + " 10,25,50,100,250,500,1000,1500,2000,3000,4000,6000; 0 for no sweep).")
  List<Integer> sweep = LoadSettings.DEFAULT_SWEEP;

  @Option(
      names = "--sweep-seconds",
      defaultValue = "0",
      description = "gateway-load: seconds per sweep step (default: from --seconds, 2 to 10).")
  int sweepSeconds;

  @Option(
      names = "--out",
      defaultValue = "target/gateway-load",
      description =
          "gateway-load: folder for results.json and summary.md (default ${DEFAULT-VALUE}).")
  Path out = Path.of("target/gateway-load");

  @Option(
      names = "--postgres",
      defaultValue = "jdbc:postgresql://127.0.0.1:5432/postgres",
      description =
          "gateway-load: a database on the PostgreSQL server to create the bench database from"
              + " (user postgres unless the URL names one; default ${DEFAULT-VALUE}).")
  String postgres = "jdbc:postgresql://127.0.0.1:5432/postgres";

  @Option(
      names = "--synchronous-commit",
      defaultValue = "server",
      description =
          "gateway-load: synchronous_commit of the bench database: server (as configured), on or"
              + " off (default ${DEFAULT-VALUE}).")
  String synchronousCommit = "server";

  @Option(
      names = "--budgets",
      defaultValue = "postgres",
      description =
          "gateway-load: where budgets are held: postgres (as deployed) or memory (an experiment"
              + " that shows what the budget transactions cost; default ${DEFAULT-VALUE}).")
  String budgets = "postgres";

  @Option(
      names = "--applications",
      defaultValue = "50000",
      description = "report: applications in the reported month (default ${DEFAULT-VALUE}).")
  int reportApplications = 50_000;

  @Option(
      names = "--calls",
      defaultValue = "500000",
      description = "report: gateway calls in the reported month (default ${DEFAULT-VALUE}).")
  int reportCalls = 500_000;

  @Override
  public Integer call() {
    List<String> all =
        List.of("barcode", "ocr", "ocr-photos", "verify", "gateway", "mask", "workspace-files");
    List<String> run = what.contains("all") ? all : what;
    try (Readers readers = new Readers()) {
      for (String w : run) {
        if (w.equals("ts-review")) {
          System.out.println(ReviewBenchmark.run(Math.max(1, Math.min(count, 5))).strip());
          System.out.println();
          continue;
        }
        if (w.equals("workspace-ttft")) {
          System.out.println(WorkspaceTtftBenchmark.run(Math.max(20, count)).strip());
          System.out.println();
          continue;
        }
        if (w.equals("report")) {
          try (BenchDatabase db =
              BenchDatabase.create(
                  postgres,
                  Optional.empty(),
                  onramp.app.system.CommandDatabase.migrations().toArray(String[]::new))) {
            System.out.println(
                ReportBenchmark.run(db.dataSource(), reportApplications, reportCalls).strip());
            System.out.println();
          } catch (java.sql.SQLException e) {
            System.err.println(
                "onramp bench report: PostgreSQL at "
                    + postgres
                    + " could not be used: "
                    + e.getMessage());
            return 1;
          }
          continue;
        }
        if (w.equals("gateway-load")) {
          int exit = gatewayLoad();
          if (exit != 0) {
            return exit;
          }
          continue;
        }
        String report =
            switch (w) {
              case "barcode" -> BarcodeBenchmark.run(count, seed);
              case "ocr" -> OcrBenchmark.run(readers.get().front(), count, seed);
              case "ocr-photos" -> OcrBenchmark.runPhotos(readers.get().front(), count, seed);
              case "verify" ->
                  VerifyBenchmark.run(readers.get().verifier(), readers.get().front(), count, seed);
              case "gateway" -> GatewayBenchmark.run(Math.max(1000, count * 50));
              case "mask" -> MaskingBenchmark.run(Math.max(8, count / 2), seed);
              case "workspace-files" -> FileTextBenchmark.run(count);
              default -> null;
            };
        if (report == null) {
          System.err.println(
              "onramp bench: unknown benchmark \""
                  + w
                  + "\"; choose from "
                  + all
                  + ", all or gateway-load");
          return 2;
        }
        System.out.println(report.strip());
        System.out.println();
      }
    }
    return 0;
  }

  /**
   * The load run the options ask for.
   *
   * @throws IllegalArgumentException for a {@code --budgets} other than postgres or memory
   */
  LoadSettings loadSettings() {
    if (!budgets.equals("postgres") && !budgets.equals("memory")) {
      throw new IllegalArgumentException("--budgets is postgres or memory, not " + budgets);
    }
    LoadSettings settings = LoadSettings.of(rate, seconds, out);
    return settings
        .withSweep(
            sweep.stream().filter(r -> r > 0).toList(),
            sweepSeconds > 0 ? sweepSeconds : settings.sweepSeconds())
        .withBudgetsInMemory(budgets.equals("memory"));
  }

  /** The gateway under load on a fresh database: prints the summary, or why it could not run. */
  private int gatewayLoad() {
    LoadSettings settings;
    try {
      settings = loadSettings();
    } catch (IllegalArgumentException e) {
      System.err.println("onramp bench gateway-load: " + e.getMessage());
      return 2;
    }
    Optional<String> commit =
        synchronousCommit.equalsIgnoreCase("server")
            ? Optional.empty()
            : Optional.of(synchronousCommit);
    try (BenchDatabase db = BenchDatabase.create(postgres, commit)) {
      LoadReport report = LoadBenchmark.run(settings, db.dataSource());
      System.out.println(report.markdown().strip());
      System.out.println();
      System.out.println("(results.json and summary.md in " + out.toAbsolutePath() + ")");
      return 0;
    } catch (SQLException e) {
      System.err.println(
          "onramp bench gateway-load: could not use PostgreSQL at "
              + postgres.replaceFirst("\\?.*$", "")
              + " ("
              + e.getMessage()
              + "); start it, or pass --postgres with a reachable server");
    } catch (IOException e) {
      System.err.println(
          "onramp bench gateway-load: could not write to "
              + out.toAbsolutePath()
              + ": "
              + e.getMessage());
    } catch (IllegalStateException | IllegalArgumentException e) {
      System.err.println("onramp bench gateway-load: " + e.getMessage());
    }
    return 2;
  }

  /** The readers, opened on first use: gateway-load and mask need none. */
  private static final class Readers implements AutoCloseable {
    private Optional<CommandReaders> opened = Optional.empty();

    CommandReaders get() {
      if (opened.isEmpty()) {
        opened = Optional.of(CommandReaders.open("bench"));
      }
      return opened.get();
    }

    @Override
    public void close() {
      opened.ifPresent(CommandReaders::close);
    }
  }
}
