package onramp.app.cli;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ./onramp keys create|list|revoke}: virtual keys for the gateway service, in the database
 * {@code ./onramp serve} uses.
 */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = {
      "Virtual keys for the gateway service, in the database ./onramp serve uses"
          + " (--data-dir DIR, or ONRAMP_DATABASE_URL).",
      "A key's secret is printed once, when it is created; only its SHA-256 is stored."
    },
    subcommands = {KeyCreateCommand.class, KeyListCommand.class, KeyRevokeCommand.class})
public final class KeysCommand implements Callable<Integer> {
  // picocli injects it before call(); null only for an instance picocli did not make
  @Spec @Nullable CommandSpec spec;

  private final Function<String, Optional<String>> env;

  public KeysCommand() {
    this(name -> Optional.ofNullable(System.getenv(name)));
  }

  /** {@code env} looks up environment variables (a test's map; {@code System::getenv} else). */
  KeysCommand(Function<String, Optional<String>> env) {
    this.env = env;
  }

  Function<String, Optional<String>> env() {
    return env;
  }

  @Override
  public Integer call() {
    Objects.requireNonNull(spec, "picocli's @Spec").commandLine().usage(System.err);
    return 2;
  }
}
