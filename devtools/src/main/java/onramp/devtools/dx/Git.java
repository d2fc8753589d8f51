package onramp.devtools.dx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code git} on one repository, time-limited, with errors that name the folder. */
final class Git {
  private static final Duration LIMIT = Duration.ofMinutes(2);

  private final Path repo;

  private Git(Path repo) {
    this.repo = repo;
  }

  /** A repository git can read; a clear error when {@code dir} is not one. */
  static Git open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new DxException(dir + " is not a folder; give the path of a git repository.");
    }
    Git git = new Git(dir.toAbsolutePath());
    Result r = git.exec(List.of("rev-parse", "--git-dir"));
    if (r.exit != 0) {
      throw new DxException(
          dir
              + " is not a git repository (git rev-parse failed); clone the team's repository there.");
    }
    return git;
  }

  Path repo() {
    return repo;
  }

  /**
   * The standard output of {@code git args…}; a {@link DxException} naming the command if it fails.
   */
  String run(String... args) {
    Result r = exec(List.of(args));
    if (r.exit != 0) {
      throw new DxException(
          "git "
              + String.join(" ", args)
              + " failed in "
              + repo
              + ": "
              + r.err.lines().findFirst().orElse("exit " + r.exit).strip());
    }
    return r.out;
  }

  /** Whether {@code git args…} succeeds (for questions such as "does this commit exist"). */
  boolean succeeds(String... args) {
    return exec(List.of(args)).exit == 0;
  }

  private record Result(int exit, String out, String err) {}

  private Result exec(List<String> args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("GIT_TERMINAL_PROMPT", "0");
    pb.environment().put("LC_ALL", "C");
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new DxException("git could not be started (is it installed and on PATH?)", e);
    }
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
    try {
      if (!p.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new DxException(
            "git "
                + String.join(" ", args)
                + " took over "
                + LIMIT.toMinutes()
                + " min in "
                + repo);
      }
      return new Result(p.exitValue(), out.get(), err.get());
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new DxException("interrupted while git ran in " + repo, e);
    } catch (ExecutionException e) {
      throw new DxException("git's output could not be read in " + repo, e);
    }
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
