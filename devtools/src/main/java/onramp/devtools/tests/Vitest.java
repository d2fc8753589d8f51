package onramp.devtools.tests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import onramp.devtools.exec.Command;
import onramp.devtools.exec.ScratchCopy;

/**
 * The repository's own Vitest, run in a scratch copy: {@code vitest run FILE --reporter=json},
 * optionally with {@code @vitest/coverage-v8} writing Istanbul JSON. Pass or fail is read from the
 * JSON report (a test file that does not load, or holds no test, fails), not from the exit code,
 * which a repository's coverage thresholds could turn non-zero.
 */
final class Vitest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_MESSAGE = 600;
  private final ScratchCopy scratch;
  private final Limits limits;

  Vitest(ScratchCopy scratch, Limits limits) {
    this.scratch = scratch;
    this.limits = limits;
  }

  /** What one run said. */
  record Run(boolean passed, int tests, String failure, LineCoverage coverage) {}

  /** Runs one test file, without coverage. */
  Run run(String testFile) {
    return execute(Optional.of(testFile), List.of());
  }

  /** Runs one test file ({@code Optional.empty()}: every existing test) with coverage of files. */
  Run withCoverage(Optional<String> testFile, Collection<String> measuredFiles) {
    return execute(testFile, List.copyOf(measuredFiles));
  }

  private Run execute(Optional<String> testFile, List<String> measured) {
    Path work = tempDir();
    try {
      Path report = work.resolve("report.json");
      List<String> argv = new ArrayList<>();
      argv.add(scratch.resolve(NodeTools.VITEST).toString());
      argv.add("run");
      testFile.ifPresent(argv::add);
      argv.addAll(List.of("--no-cache", "--reporter=json", "--outputFile=" + report, "--no-color"));
      if (testFile.isEmpty()) {
        argv.add("--passWithNoTests");
      }
      if (!measured.isEmpty()) {
        argv.addAll(
            List.of(
                "--coverage.enabled=true",
                "--coverage.provider=v8",
                "--coverage.reporter=json",
                "--coverage.reportsDirectory=" + work.resolve("coverage")));
        measured.forEach(f -> argv.add("--coverage.include=" + f));
      }
      Command.Result r =
          Command.of("vitest", scratch.root(), argv)
              .withEnvironment(Map.of("CI", "true", "NO_COLOR", "1", "FORCE_COLOR", "0"))
              .run(testFile.isPresent() ? limits.testRun() : limits.baseline(), NodeTools.FIX);
      if (!Files.isRegularFile(report)) {
        return new Run(
            false, 0, "vitest wrote no report: " + clip(r.diagnostics()), LineCoverage.empty());
      }
      LineCoverage coverage = LineCoverage.empty();
      Path final_ = work.resolve("coverage/coverage-final.json");
      if (!measured.isEmpty() && Files.isRegularFile(final_)) {
        coverage = LineCoverage.read(final_, scratch.root());
      }
      return parse(JSON.readTree(report.toFile()), coverage);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(work);
    }
  }

  private static Run parse(JsonNode report, LineCoverage coverage) {
    int total = report.path("numTotalTests").asInt();
    int failed = report.path("numFailedTests").asInt();
    List<String> why = new ArrayList<>();
    for (JsonNode file : report.path("testResults")) {
      for (JsonNode a : file.path("assertionResults")) {
        if (a.path("status").asText().equals("failed")) {
          String first = a.path("failureMessages").path(0).asText("");
          why.add("'" + a.path("fullName").asText() + "': " + first.lines().findFirst().orElse(""));
        }
      }
      if (file.path("status").asText().equals("failed") && why.isEmpty()) {
        why.add(file.path("message").asText("the test file failed to load").strip());
      }
    }
    boolean passed = total > 0 && failed == 0 && why.isEmpty();
    String failure =
        passed ? "" : why.isEmpty() ? "the file holds no test" : clip(String.join("; ", why));
    return new Run(passed, total, failure, coverage);
  }

  private static String clip(String s) {
    String one = s.strip();
    return one.length() <= MAX_MESSAGE ? one : one.substring(0, MAX_MESSAGE) + "…";
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("onramp-vitest-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // temp files left behind are harmless
                }
              });
    } catch (IOException e) {
      // see above
    }
  }
}
