package onramp.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import onramp.devtools.Diff;
import onramp.devtools.exec.ToolException;
import onramp.devtools.git.GitDiff;
import onramp.devtools.review.ModelConnection;
import onramp.devtools.review.ModelReviewer;
import onramp.devtools.tests.Limits;
import onramp.devtools.tests.ModelTestWriter;
import onramp.devtools.tests.TestGeneration;
import onramp.devtools.tests.TestGenerationException;
import onramp.devtools.tests.TestGenerationReport;
import onramp.gateway.CallMetadata;
import onramp.gateway.DataClass;
import onramp.gateway.config.RemoteChatModel;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./onramp ts tests [--repo DIR] [--base REF] [--write] [--json]}: tests for the changed
 * exported functions, proposed by the model through the gateway service, kept only when they
 * compile, pass twice and add coverage; the counts proposed, built, passed and kept.
 */
@Command(
    name = "tests",
    mixinStandardHelpOptions = true,
    description = {
      "Propose tests for the changed exported functions; keep a test only if it compiles, passes"
          + " twice and covers lines no existing test covered. Needs the gateway service"
          + " (ONRAMP_GATEWAY_URL, ONRAMP_GATEWAY_KEY) and the repository's Vitest."
    })
final class TsTestsCommand implements Callable<Integer> {
  @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".")
  Path repo = Path.of(".");

  @Option(names = "--base", paramLabel = "REF")
  @Nullable String base;

  @Option(names = "--write", description = "Write the kept tests into the working tree.")
  boolean write;

  @Option(names = "--json", description = "The report as JSON on stdout.")
  boolean json;

  // picocli injects it before call(); null only for an instance picocli did not make
  @Spec @Nullable CommandSpec spec;

  @Override
  public Integer call() {
    CommandSpec cs = Objects.requireNonNull(spec, "picocli's @Spec");
    PrintWriter out = cs.commandLine().getOut();
    PrintWriter err = cs.commandLine().getErr();
    Optional<ModelConnection> connection;
    try {
      connection =
          ModelConnection.fromEnvironment(
              name -> Optional.ofNullable(System.getenv(name)),
              Optional.ofNullable(System.getenv("ONRAMP_TS_MODEL")));
    } catch (IllegalArgumentException e) {
      err.println("onramp ts tests: " + e.getMessage());
      return 2;
    }
    if (connection.isEmpty()) {
      err.println(
          "onramp ts tests: the model is off (set "
              + ModelConnection.URL_ENV
              + " and "
              + ModelConnection.KEY_ENV
              + "): tests are proposed by the model, so there is nothing to do without it.");
      return 2;
    }
    Path root = repo.toAbsolutePath().normalize();
    try (RemoteChatModel chat = connection.get().open(Duration.ofMinutes(3))) {
      Diff diff = GitDiff.of(root, Optional.ofNullable(base));
      ModelTestWriter writer =
          ModelTestWriter.of(
              chat,
              connection.get().model(),
              CallMetadata.of(
                  Optional.ofNullable(System.getenv("ONRAMP_TEAM")).orElse("engineering"),
                  ModelReviewer.TOOL,
                  Optional.ofNullable(System.getenv("USER")).orElse("engineer"),
                  DataClass.INTERNAL,
                  "tests for a TypeScript change"));
      TestGenerationReport report = TestGeneration.of(writer, Limits.standard()).run(root, diff);
      if (write) {
        report = TestGeneration.write(root, report);
      }
      out.println(json ? report.toJson().toPrettyString() : report.toText());
      out.flush();
      return 0;
    } catch (ToolException | TestGenerationException e) {
      err.println("onramp ts tests: " + e.getMessage());
      return 2;
    }
  }
}
