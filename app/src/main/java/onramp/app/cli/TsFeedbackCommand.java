package onramp.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code ./onramp ts feedback …}: an engineer's verdict on a finding (accepted, dismissed). Its
 * options come with the measurement store; until then it says so and exits 2.
 */
@Command(
    name = "feedback",
    mixinStandardHelpOptions = true,
    description = {"Record what became of a review finding: accepted or dismissed."})
final class TsFeedbackCommand implements Callable<Integer> {
  @Unmatched List<String> arguments = new ArrayList<>();

  // picocli injects it before call(); null only for an instance picocli did not make
  @Spec @Nullable CommandSpec spec;

  @Override
  public Integer call() {
    Objects.requireNonNull(spec, "picocli's @Spec")
        .commandLine()
        .getErr()
        .println("ts feedback is not available in this build of ./onramp yet.");
    return 2;
  }
}
