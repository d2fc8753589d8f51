package onramp.devtools.context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Node script shipped as a resource of this jar, in a directory, with a time limit. Output
 * goes to files, not pipes, so a chatty script cannot block on a full pipe.
 */
final class NodeScript {
  private final String resource;
  private final String node;

  NodeScript(String resource, String node) {
    this.resource = resource;
    this.node = node;
  }

  /** How a run ended. */
  sealed interface Outcome {
    record Done(String stdout) implements Outcome {}

    record Failed(String why) implements Outcome {}
  }

  Outcome run(Path dir, List<String> args, Duration limit) {
    Path work = null;
    try {
      work = Files.createTempDirectory("onramp-node-");
      Path script = work.resolve("script.js");
      try (InputStream in = NodeScript.class.getResourceAsStream(resource)) {
        if (in == null) {
          return new Outcome.Failed("the script " + resource + " is missing from the jar");
        }
        Files.copy(in, script);
      }
      Path out = work.resolve("out");
      Path err = work.resolve("err");
      List<String> command = new ArrayList<>(List.of(node, script.toString()));
      command.addAll(args);
      Process p;
      try {
        p =
            new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
      } catch (IOException e) {
        return new Outcome.Failed(
            "'" + node + "' could not be started; install Node 18 or newer and put it on the PATH");
      }
      if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        return new Outcome.Failed("it did not finish within " + limit.toSeconds() + " s");
      }
      if (p.exitValue() != 0) {
        String stderr = Files.readString(err, StandardCharsets.UTF_8).strip();
        return new Outcome.Failed(
            stderr.isEmpty() ? "node exited with " + p.exitValue() : lastLines(stderr, 5));
      }
      return new Outcome.Done(Files.readString(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("could not run a Node script in " + dir, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome.Failed("interrupted");
    } finally {
      if (work != null) {
        deleteTree(work);
      }
    }
  }

  private static String lastLines(String text, int n) {
    List<String> lines = text.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
  }

  static void deleteTree(Path root) {
    try (var paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(NodeScript::deleteQuietly);
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // best effort
    }
  }
}
