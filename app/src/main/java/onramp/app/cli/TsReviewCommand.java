package onramp.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import onramp.app.system.CommandDatabase;
import onramp.devtools.dx.DxStore;
import onramp.devtools.dx.ReviewRun;
import onramp.devtools.report.ExitCode;
import onramp.devtools.report.ReportFormat;
import onramp.devtools.report.ReviewReport;
import onramp.devtools.review.ReviewException;
import onramp.devtools.review.ReviewRequest;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ./onramp ts review [--repo DIR] [--base REF] [--format F] [--out FILE]}: the report on
 * stdout (or in FILE), a one-line summary on stderr, and the exit code of {@link ExitCode}.
 */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "Review the TypeScript changes of a repository against a base: its own tsc and ESLint"
          + " first, then the model through the gateway when ONRAMP_GATEWAY_URL is set.",
      "Exit 0: nothing blocking. Exit 1: blocking findings. Exit 2: the review could not run."
    })
final class TsReviewCommand implements Callable<Integer> {
  @Option(
      names = "--repo",
      paramLabel = "DIR",
      defaultValue = ".",
      description = "The repository's working tree (default: the current directory).")
  Path repo = Path.of(".");

  @Option(
      names = "--base",
      paramLabel = "REF",
      description =
          "Compare against this commit or branch (default: the merge-base of HEAD with"
              + " the default branch).")
  @Nullable String base;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "markdown",
      description = "markdown (default), json, sarif or github (a GitHub review's body).")
  ReportFormat format = ReportFormat.MARKDOWN;

  @Option(
      names = "--record",
      description =
          "Record the run and its findings in the measurements (serve's database: --data-dir or"
              + " ONRAMP_DATABASE_URL), so accepted, dismissed and fixed findings can be counted.")
  boolean record;

  @Option(
      names = "--team",
      paramLabel = "T",
      description = "The team the run counts for (default: $ONRAMP_TEAM); needed with --record.")
  @Nullable String team;

  @Mixin DataDirOption dataDir = new DataDirOption();

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the report to FILE instead of stdout.")
  @Nullable Path out;

  // picocli injects both before call(); null only for an instance picocli did not make
  @ParentCommand @Nullable TsCommand parent;
  @Spec @Nullable CommandSpec spec;

  @Override
  public Integer call() {
    TsCommand ts = Objects.requireNonNull(parent, "picocli's @ParentCommand");
    PrintWriter err = Objects.requireNonNull(spec, "picocli's @Spec").commandLine().getErr();
    ReviewReport report;
    Instant started = Instant.now();
    try {
      report = ts.reviews().run(new ReviewRequest(repo, Optional.ofNullable(base)));
    } catch (ReviewException e) {
      return couldNotRun(err, e.getMessage());
    } catch (RuntimeException e) {
      return couldNotRun(
          err,
          "it failed unexpectedly ("
              + Optional.ofNullable(e.getMessage()).orElse("no message")
              + "); please report it with the command you ran");
    }
    byte[] text = format.render(report).getBytes(StandardCharsets.UTF_8);
    Path file = out;
    try {
      if (file == null) {
        ts.stdout().write(text);
        ts.stdout().flush();
      } else {
        Path parentDir = file.toAbsolutePath().getParent();
        if (parentDir != null) {
          Files.createDirectories(parentDir);
        }
        Files.write(file, text);
      }
    } catch (IOException e) {
      return couldNotRun(
          err,
          "the report could not be written to "
              + (file == null ? "stdout" : file)
              + " ("
              + e.getMessage()
              + ")");
    }
    int exit = ExitCode.of(report);
    if (record) {
      Optional<String> recorded = record(ts, report, started, err);
      if (recorded.isEmpty()) {
        return 2;
      }
    }
    if (file != null || format != ReportFormat.MARKDOWN) {
      err.println(summary(report, exit, file));
      err.flush();
    }
    return exit;
  }

  private static String summary(ReviewReport report, int exit, @Nullable Path file) {
    String first = ReportFormat.MARKDOWN.render(report).lines().findFirst().orElse("");
    return "ts review: "
        + first.replaceFirst("^## TypeScript review: ", "")
        + (file == null ? "" : " Report in " + file + ".")
        + (exit == ExitCode.BLOCKING ? " Blocking findings: exit 1." : "");
  }

  private static int couldNotRun(PrintWriter err, @Nullable String message) {
    err.println(
        "ts review could not run: " + Optional.ofNullable(message).orElse("no reason given"));
    err.flush();
    return ExitCode.COULD_NOT_RUN;
  }

  /** The run in the measurements store; its id on stderr, or why it could not be recorded. */
  private Optional<String> record(
      TsCommand ts, ReviewReport report, Instant started, PrintWriter err) {
    Function<String, Optional<String>> env = ts.env();
    Optional<String> who = Optional.ofNullable(team).or(() -> env.apply("ONRAMP_TEAM"));
    if (who.isEmpty() || who.get().isBlank()) {
      err.println("onramp ts review: --record needs the team: --team T or ONRAMP_TEAM");
      return Optional.empty();
    }
    ReviewRun.Usage usage =
        report
            .model()
            .map(
                m ->
                    new ReviewRun.Usage(
                        true,
                        m.inputTokens(),
                        m.outputTokens(),
                        m.costUsd().orElse(java.math.BigDecimal.ZERO)))
            .orElse(ReviewRun.Usage.NONE);
    try (CommandDatabase db = CommandDatabase.open(dataDir.resolve(env), env)) {
      UUID id =
          DxStore.on(db.dataSource(), Clock.systemUTC())
              .recordRun(
                  new ReviewRun(
                      report.repository(),
                      who.get().strip(),
                      env.apply("USER").orElse("engineer"),
                      Optional.of(report.head()),
                      started,
                      Duration.between(started, Instant.now()),
                      report.findings(),
                      usage));
      err.println(
          "recorded as run "
              + id
              + "; tell how a finding went: ./onramp ts feedback --run "
              + id
              + " --finding N accept|dismiss");
      err.flush();
      return Optional.of(id.toString());
    } catch (RuntimeException e) {
      err.println(
          "onramp ts review: the run could not be recorded ("
              + Optional.ofNullable(e.getMessage()).orElse("no message")
              + ")");
      return Optional.empty();
    }
  }
}
