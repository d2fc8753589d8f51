package onramp.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import onramp.app.system.Failures;
import onramp.onboarding.DecisionJson;
import onramp.onboarding.Outcome;
import onramp.onboarding.Verification;
import onramp.onboarding.Verifier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Verify application folders: one JSON decision per line on stdout (in the order given),",
      "a human-readable summary on stderr. Exit 0 when every folder was processed, whatever the",
      "decisions; 1 when a folder could not be read (its line carries \"error\")."
    })
public final class VerifyCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "DIR",
      description = "Application folders (DESIGN.md layout).")
  List<Path> folders = List.of();

  @Option(
      names = "--decision-date",
      paramLabel = "YYYY-MM-DD",
      description = "The date decisions are made on (default: today), for reproducible runs.")
  @Nullable LocalDate decisionDate;

  @Option(names = "--threads", description = "Folders verified at once (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws InterruptedException {
    // Today where the operator runs the command.
    LocalDate date = decisionDate != null ? decisionDate : LocalDate.now(ZoneId.systemDefault());
    try (CommandReaders readers = CommandReaders.open("verify")) {
      return verify(readers.verifier(), date);
    }
  }

  private int verify(Verifier verifier, LocalDate date) throws InterruptedException {
    PrintStream out = System.out;
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    int errors = 0;
    try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads))) {
      List<Future<Verification>> results = new ArrayList<>();
      for (Path folder : folders) {
        results.add(pool.submit(() -> verifier.verify(folder, date)));
      }
      for (int i = 0; i < folders.size(); i++) {
        Path folder = folders.get(i);
        try {
          Verification v = results.get(i).get();
          out.println(DecisionJson.line(v));
          counts.merge(v.decision(), 1, Integer::sum);
        } catch (ExecutionException e) {
          errors++;
          // Our exceptions say what to fix; anything else is logged with a reference (Failures).
          String message =
              e.getCause() == null
                  ? folder + " could not be verified."
                  : Failures.describe(folder.toString(), e.getCause());
          out.println(DecisionJson.error(String.valueOf(folder.getFileName()), message));
          System.err.println("onramp verify: " + folder + ": " + message);
        }
      }
    }
    out.flush();
    System.err.printf(
        "onramp verify: %d application(s) on %s: %d approved, %d rejected, %d need review%s%n",
        folders.size(),
        date,
        counts.getOrDefault(Outcome.APPROVED, 0),
        counts.getOrDefault(Outcome.REJECTED, 0),
        counts.getOrDefault(Outcome.NEEDS_REVIEW, 0),
        errors > 0 ? ", " + errors + " could not be read" : "");
    return errors > 0 ? 1 : 0;
  }
}
