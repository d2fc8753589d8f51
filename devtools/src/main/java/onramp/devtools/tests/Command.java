package onramp.devtools.tests;

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
 * One external command (node, tsc, vitest) run in a directory under a time limit, its output
 * (stdout and stderr together) captured through a file so a chatty tool cannot block on a full
 * pipe. A command over its limit is killed with its children.
 */
record Command(List<String> argv, Path dir, Duration timeout, Map<String, String> environment) {

  Command {
    argv = List.copyOf(argv);
    environment = Map.copyOf(environment);
  }

  static Command of(Path dir, Duration timeout, String... argv) {
    return new Command(List.of(argv), dir, timeout, Map.of());
  }

  Command withEnvironment(Map<String, String> env) {
    return new Command(argv, dir, timeout, env);
  }

  /** How a command ended. */
  record Result(int exitCode, String output, Duration took) {
    boolean ok() {
      return exitCode == 0;
    }
  }

  /**
   * Runs it. Throws {@link TestGenerationException} naming the command when it cannot be started or
   * does not finish in time.
   */
  Result run() {
    Path out = tempFile();
    ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true);
    pb.redirectOutput(out.toFile());
    pb.environment().putAll(environment);
    long start = System.nanoTime();
    try {
      Process p;
      try {
        p = pb.start();
      } catch (IOException e) {
        throw new TestGenerationException(
            "cannot start "
                + argv.get(0)
                + " ("
                + e.getMessage()
                + "): ./onramp ts tests needs Node 20+ on the PATH");
      }
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(5, TimeUnit.SECONDS);
        throw new TestGenerationException(
            shown() + " in " + dir + " did not finish in " + seconds(timeout) + " and was stopped");
      }
      return new Result(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TestGenerationException("interrupted while running " + shown());
    } finally {
      try {
        Files.deleteIfExists(out);
      } catch (IOException e) {
        // a temp file left behind is harmless
      }
    }
  }

  /** The command as a person would type it, program by file name only. */
  String shown() {
    String program = Path.of(argv.get(0)).getFileName().toString();
    return String.join(" ", List.of(program, String.join(" ", argv.subList(1, argv.size()))))
        .strip();
  }

  static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static Path tempFile() {
    try {
      return Files.createTempFile("onramp-ts-tests-", ".out");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
