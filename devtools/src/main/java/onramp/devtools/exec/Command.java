package onramp.devtools.exec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of an external program in a directory, stopped (with everything it started) at a time
 * limit. Output goes to temporary files, not pipes, so a chatty program cannot block on a full
 * pipe.
 *
 * @param program what a person calls it in messages ({@code git}, {@code tsc})
 * @param argv the program and its arguments
 * @param dir where it runs
 * @param environment added to (and overriding) the inherited environment
 */
public record Command(
    String program, List<String> argv, Path dir, Map<String, String> environment) {
  public Command {
    argv = List.copyOf(argv);
    environment = Map.copyOf(environment);
  }

  public static Command of(String program, Path dir, List<String> argv) {
    return new Command(program, argv, dir, Map.of());
  }

  public Command withEnvironment(Map<String, String> more) {
    return new Command(program, argv, dir, more);
  }

  /** How a run ended. */
  public record Result(int exitCode, String stdout, String stderr, Duration took) {
    /** stderr, else stdout, trimmed to a readable length for an error message. */
    public String diagnostics() {
      String text = stderr.isBlank() ? stdout : stderr;
      text = text.strip();
      return text.length() > 4000 ? text.substring(0, 4000) + "\n… (cut)" : text;
    }
  }

  /**
   * Runs to completion within {@code limit}.
   *
   * @throws ToolException SETUP when the program cannot be started ({@code missingFix} says what to
   *     install), TIMEOUT when it ran past the limit (it and its children are stopped)
   */
  public Result run(Duration limit, String missingFix) {
    Path out = temp("out");
    Path err = temp("err");
    ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile());
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    pb.environment().putAll(environment);
    long started = System.nanoTime();
    try {
      Process p;
      try {
        p = pb.start();
      } catch (IOException e) {
        throw new ToolException(
            ToolException.Kind.SETUP,
            program
                + " could not be started in "
                + dir
                + " ("
                + e.getMessage()
                + "): "
                + missingFix);
      }
      if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        stop(p);
        throw new ToolException(
            ToolException.Kind.TIMEOUT,
            program
                + " did not finish within "
                + seconds(limit)
                + " in "
                + dir
                + " and was stopped; raise the time limit if the project is large, or run it by hand ("
                + String.join(" ", argv)
                + ") to see where it hangs");
      }
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      return new Result(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8),
          took);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ToolException(ToolException.Kind.FAILED, program + " was interrupted in " + dir);
    } finally {
      deleteQuietly(out);
      deleteQuietly(err);
    }
  }

  private static void stop(Process p) throws InterruptedException {
    List<ProcessHandle> children = p.descendants().toList();
    p.destroyForcibly();
    children.forEach(ProcessHandle::destroyForcibly);
    p.waitFor(5, TimeUnit.SECONDS);
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static Path temp(String suffix) {
    try {
      return Files.createTempFile("onramp-devtools-", "." + suffix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // a temporary file left behind is harmless
    }
  }
}
