package onramp.devtools.git;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.devtools.exec.Command;
import onramp.devtools.exec.ToolException;

/**
 * git in one directory: C locale (so its messages can be recognised), no prompts, no optional locks
 * (a review never takes the index lock from the engineer's own git), paths unquoted.
 */
public final class Git {
  private static final Map<String, String> ENVIRONMENT =
      Map.of(
          "LC_ALL", "C",
          "LANGUAGE", "C",
          "GIT_TERMINAL_PROMPT", "0",
          "GIT_OPTIONAL_LOCKS", "0",
          "GIT_PAGER", "cat");
  private static final String INSTALL = "install git (Debian: apt-get install git) and retry";

  private final Path dir;
  private final Duration limit;

  public Git(Path dir, Duration limit) {
    this.dir = dir;
    this.limit = limit;
  }

  public Path dir() {
    return dir;
  }

  /**
   * Runs {@code git args}; a non-zero exit is a FAILED error naming the command and git's words.
   */
  public String run(String... args) {
    Command.Result r = exec(args);
    if (r.exitCode() != 0) {
      throw new ToolException(
          ToolException.Kind.FAILED,
          "git " + String.join(" ", args) + " failed in " + dir + ": " + r.diagnostics());
    }
    return r.stdout();
  }

  /** Runs {@code git args}; its output when it succeeds, empty when it exits non-zero. */
  public Optional<String> attempt(String... args) {
    Command.Result r = exec(args);
    return r.exitCode() == 0 ? Optional.of(r.stdout()) : Optional.empty();
  }

  public Command.Result exec(String... args) {
    List<String> argv = new ArrayList<>(List.of("git", "-c", "core.quotePath=false"));
    argv.addAll(List.of(args));
    return new Command("git", argv, dir, ENVIRONMENT).run(limit, INSTALL);
  }

  /** The commit {@code ref} names, if it names one. */
  public Optional<String> commit(String ref) {
    return attempt("rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}")
        .map(String::strip);
  }
}
