package onramp.app.gatewayservice;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Node project in {@code clients/} (the official npm SDKs' tests): found from the working
 * directory, installed with {@code npm ci}, run with {@code node --test}. Every way this can fail
 * on a machine without Node, npm or the npm registry says so and what to do.
 */
final class NodeProject {
  static final int NODE_MAJOR = 20;
  private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration TEST_TIMEOUT = Duration.ofMinutes(10);
  private static final Pattern NETWORK_ERROR =
      Pattern.compile(
          "ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNREFUSED|ECONNRESET|network",
          Pattern.CASE_INSENSITIVE);

  private final Path dir;

  private NodeProject(Path dir) {
    this.dir = dir;
  }

  /** {@code clients/} of the repository this test runs in (Maven runs it from {@code app/}). */
  static NodeProject clients() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("clients/package-lock.json"))) {
        return new NodeProject(p.resolve("clients"));
      }
    }
    return fail(
        "no clients/package-lock.json above "
            + Path.of("").toAbsolutePath()
            + ": run from the repository");
  }

  /** Checks Node and npm, then {@code npm ci} (from npm's cache when it has the packages). */
  void install() {
    Run node = run(List.of("node", "--version"), Map.of(), Duration.ofSeconds(30), "node");
    int major = majorVersion(node.output().strip());
    if (major < NODE_MAJOR) {
      fail(
          "node is "
              + node.output().strip()
              + "; the client SDK tests need Node "
              + NODE_MAJOR
              + " or newer");
    }
    run(List.of("npm", "--version"), Map.of(), Duration.ofSeconds(30), "npm");
    Run ci =
        run(
            List.of("npm", "ci", "--prefer-offline", "--no-audit", "--no-fund"),
            Map.of(),
            INSTALL_TIMEOUT,
            "npm");
    if (ci.exitCode() != 0) {
      String why =
          NETWORK_ERROR.matcher(ci.output()).find()
              ? "the npm registry could not be reached (npm ci needs it once; later runs use npm's cache)"
              : "see npm's output";
      fail(
          "npm ci in " + dir + " failed (exit " + ci.exitCode() + "): " + why + "\n" + ci.output());
    }
  }

  /**
   * {@code node --test}, one file at a time (see clients/test/upstream-failures.test.js), TAP out.
   */
  Run test(Map<String, String> environment) {
    return run(
        List.of("node", "--test", "--test-concurrency=1", "--test-reporter=tap"),
        environment,
        TEST_TIMEOUT,
        "node");
  }

  /** What a command printed (stdout and stderr together) and how it ended. */
  record Run(int exitCode, String output) {
    /** The TAP closing counts, e.g. {@code pass} or {@code skipped}; empty when not printed. */
    Optional<Integer> count(String name) {
      Matcher m = Pattern.compile("(?m)^# " + name + " (\\d+)$").matcher(output);
      return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
  }

  private Run run(
      List<String> command, Map<String, String> environment, Duration timeout, String tool) {
    Path out = tempFile();
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.redirectOutput(out.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("ONRAMP_"));
    pb.environment().putAll(environment);
    try {
      Process p;
      try {
        p = pb.start();
      } catch (IOException e) {
        return fail(
            tool
                + " is not on the PATH ("
                + e.getMessage()
                + "): the client SDK tests need Node "
                + NODE_MAJOR
                + "+ and npm (Debian: apt-get install nodejs npm)");
      }
      if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        return fail(
            String.join(" ", command)
                + " did not finish in "
                + timeout
                + ":\n"
                + Files.readString(out));
      }
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command, e);
    } finally {
      deleteQuietly(out);
    }
  }

  private static int majorVersion(String version) {
    Matcher m = Pattern.compile("^v?(\\d+)\\.").matcher(version);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static Path tempFile() {
    try {
      return Files.createTempFile("onramp-clients-", ".out");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // a temp file left behind is harmless
    }
  }
}
