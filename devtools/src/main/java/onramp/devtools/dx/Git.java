package onramp.devtools.dx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import onramp.devtools.exec.ToolException;

/**
 * A team's repository for the measurements: the review's {@link onramp.devtools.git.Git} (C locale,
 * no prompts, time-limited) with the measurements' own errors, which name the folder and the fix.
 */
final class Git {
  private static final Duration LIMIT = Duration.ofMinutes(2);

  private final onramp.devtools.git.Git git;

  private Git(onramp.devtools.git.Git git) {
    this.git = git;
  }

  /** A repository git can read; a clear error when {@code dir} is not one. */
  static Git open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new DxException(dir + " is not a folder; give the path of a git repository.");
    }
    Git repo = new Git(new onramp.devtools.git.Git(dir.toAbsolutePath(), LIMIT));
    if (!repo.succeeds("rev-parse", "--git-dir")) {
      throw new DxException(
          dir
              + " is not a git repository (git rev-parse failed); clone the team's repository there.");
    }
    return repo;
  }

  Path repo() {
    return git.dir();
  }

  /**
   * The standard output of {@code git args…}; a {@link DxException} naming the command if it fails.
   */
  String run(String... args) {
    try {
      return git.run(args);
    } catch (ToolException e) {
      throw new DxException(String.valueOf(e.getMessage()), e);
    }
  }

  /** Whether {@code git args…} succeeds (for questions such as "does this commit exist"). */
  boolean succeeds(String... args) {
    try {
      return git.exec(args).exitCode() == 0;
    } catch (ToolException e) {
      throw new DxException(String.valueOf(e.getMessage()), e);
    }
  }
}
