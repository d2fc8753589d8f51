package onramp.app.cli;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import onramp.app.system.CommandDatabase;
import onramp.devtools.dx.DxException;
import onramp.devtools.dx.DxStore;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./onramp ts feedback --run ID --finding N accept|dismiss}: an engineer's verdict on a
 * finding, stored with the measurements ({@code dx feedback} does the same).
 */
@Command(
    name = "feedback",
    mixinStandardHelpOptions = true,
    description = {"Record what became of a review finding: accepted or dismissed."})
final class TsFeedbackCommand implements Callable<Integer> {
  @Option(
      names = "--run",
      required = true,
      paramLabel = "ID",
      description = "The run id the review printed.")
  String run = "";

  @Option(
      names = "--finding",
      required = true,
      paramLabel = "N",
      description = "The finding's number in the review.")
  int finding;

  @Parameters(paramLabel = "accept|dismiss")
  String verdict = "";

  @Mixin DataDirOption dataDir = new DataDirOption();

  // picocli injects it before call(); null only for an instance picocli did not make
  @Spec @Nullable CommandSpec spec;

  @Override
  public Integer call() {
    CommandSpec cs = Objects.requireNonNull(spec, "picocli's @Spec");
    Function<String, Optional<String>> env = name -> Optional.ofNullable(System.getenv(name));
    try (CommandDatabase db = CommandDatabase.open(dataDir.resolve(env), env)) {
      cs.commandLine()
          .getOut()
          .println(
              DxCommand.feedback(
                  DxStore.on(db.dataSource(), Clock.systemUTC()), run, finding, verdict));
      return 0;
    } catch (DxException e) {
      cs.commandLine().getErr().println("onramp ts feedback: " + e.getMessage());
      return 2;
    }
  }
}
