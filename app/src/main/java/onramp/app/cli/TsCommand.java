package onramp.app.cli;

import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import onramp.devtools.review.CompilerGroundedReview;
import onramp.devtools.review.ReviewRunner;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ./onramp ts review|tests|feedback}: the TypeScript assistant on the command line and in
 * CI. Holds what its subcommands share: the review pipeline and where reports go.
 */
@Command(
    name = "ts",
    mixinStandardHelpOptions = true,
    description = {
      "The TypeScript assistant: a review grounded in the repository's own type checker and"
          + " linter, tests kept only when they add coverage, and feedback on findings."
    },
    subcommands = {TsReviewCommand.class, TsTestsCommand.class, TsFeedbackCommand.class})
public final class TsCommand implements Callable<Integer> {
  // picocli injects it before call(); null only for an instance picocli did not make
  @Spec @Nullable CommandSpec spec;

  private final ReviewRunner reviews;
  private final OutputStream stdout;
  private final Function<String, Optional<String>> env;

  public TsCommand() {
    this(
        request ->
            CompilerGroundedReview.fromEnvironment(name -> Optional.ofNullable(System.getenv(name)))
                .run(request),
        System.out);
  }

  /**
   * {@code reviews} runs a review; reports are written to {@code stdout} as UTF-8 whatever the
   * platform's console encoding, so a SARIF file redirected from a C-locale CI shell keeps its
   * paths.
   */
  TsCommand(ReviewRunner reviews, OutputStream stdout) {
    this(reviews, stdout, name -> Optional.ofNullable(System.getenv(name)));
  }

  /** {@code env} looks up environment variables (a test's map; {@code System::getenv} else). */
  TsCommand(ReviewRunner reviews, OutputStream stdout, Function<String, Optional<String>> env) {
    this.reviews = reviews;
    this.stdout = stdout;
    this.env = env;
  }

  Function<String, Optional<String>> env() {
    return env;
  }

  ReviewRunner reviews() {
    return reviews;
  }

  OutputStream stdout() {
    return stdout;
  }

  @Override
  public Integer call() {
    CommandLine cli = Objects.requireNonNull(spec, "picocli's @Spec").commandLine();
    cli.usage(cli.getErr());
    return 2;
  }
}
