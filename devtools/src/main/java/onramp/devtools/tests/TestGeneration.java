package onramp.devtools.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import onramp.devtools.Diff;
import onramp.devtools.exec.ScratchCopy;
import onramp.devtools.exec.ToolException;
import onramp.gateway.GatewayException;

/**
 * {@code ./onramp ts tests}: for each changed exported function, asks a {@link TestWriter} for
 * tests and keeps a test only when, in a scratch copy of the repository, it type-checks with the
 * repository's {@code tsc}, passes twice with its Vitest, and covers a line of the function that no
 * existing test (nor a test kept before it) covered. The working tree is touched only by {@link
 * #write}.
 */
public final class TestGeneration {
  private static final int HINT_CHARS = 8_000;
  private final TestWriter writer;
  private final Limits limits;

  private TestGeneration(TestWriter writer, Limits limits) {
    this.writer = writer;
    this.limits = limits;
  }

  public static TestGeneration of(TestWriter writer, Limits limits) {
    return new TestGeneration(writer, limits);
  }

  /** Proposes and judges tests for the changed exported functions of {@code diff}. */
  public TestGenerationReport run(Path repo, Diff diff) {
    NodeTools.check(repo);
    List<TargetFunction> all = ChangedExports.find(repo, diff, limits);
    List<TargetFunction> targets = all.subList(0, Math.min(all.size(), limits.maxFunctions()));
    List<String> leftOut =
        all.subList(targets.size(), all.size()).stream().map(TargetFunction::displayName).toList();
    if (targets.isEmpty()) {
      return new TestGenerationReport(List.of(), leftOut, List.of());
    }
    try (ScratchCopy scratch = ScratchCopy.of(repo)) {
      Vitest vitest = new Vitest(scratch, limits);
      Set<String> sources = new LinkedHashSet<>();
      targets.forEach(t -> sources.add(t.file()));
      LineCoverage baseline = vitest.withCoverage(Optional.empty(), sources).coverage();

      Map<TargetFunction, Proposals> proposals = new LinkedHashMap<>();
      int n = 0;
      for (TargetFunction t : targets) {
        Proposals p = propose(repo, t, baseline);
        for (ProposedTest test : p.tests()) {
          String file = candidateFile(t, ++n);
          scratch.write(file, test.code());
          p.files().add(file);
        }
        proposals.put(t, p);
      }
      List<String> allFiles = proposals.values().stream().flatMap(p -> p.files().stream()).toList();
      Map<String, List<String>> typeErrors =
          allFiles.isEmpty() ? Map.of() : TypeCheck.errors(scratch, allFiles, limits);

      List<FunctionReport> reports = new ArrayList<>();
      for (Map.Entry<TargetFunction, Proposals> e : proposals.entrySet()) {
        TargetFunction t = e.getKey();
        Proposals p = e.getValue();
        List<CandidateResult> results = new ArrayList<>();
        for (int i = 0; i < p.tests().size(); i++) {
          CandidateResult r =
              judge(vitest, t, p.tests().get(i), p.files().get(i), typeErrors, baseline);
          if (r.verdict() == Verdict.KEPT) {
            baseline = baseline.plus(t.file(), r.addedLines());
          }
          results.add(r);
        }
        reports.add(new FunctionReport(t, new TreeSet<>(p.uncovered()), results, p.problem()));
      }
      return new TestGenerationReport(reports, leftOut, List.of());
    }
  }

  /**
   * Writes the kept tests of {@code report} into {@code repo}'s working tree, each in its
   * function's test file (numbered when taken), never over an existing file. Returns the report
   * with the files written.
   */
  public static TestGenerationReport write(Path repo, TestGenerationReport report) {
    List<String> written = new ArrayList<>();
    try {
      for (FunctionReport f : report.functions()) {
        for (CandidateResult c : f.candidates()) {
          if (c.verdict() != Verdict.KEPT) {
            continue;
          }
          String file = f.function().testFile();
          for (int i = 2; Files.exists(repo.resolve(file)); i++) {
            file = numbered(f.function().testFile(), i);
          }
          Path p = repo.resolve(file);
          Files.createDirectories(p.getParent());
          Files.writeString(p, c.test().code());
          written.add(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return report.withWritten(written);
  }

  private CandidateResult judge(
      Vitest vitest,
      TargetFunction t,
      ProposedTest test,
      String file,
      Map<String, List<String>> typeErrors,
      LineCoverage baseline) {
    List<String> errors = typeErrors.getOrDefault(file, List.of());
    if (!errors.isEmpty()) {
      return CandidateResult.rejected(
          test,
          Verdict.NOT_BUILT,
          String.join("; ", errors.subList(0, Math.min(3, errors.size()))));
    }
    Vitest.Run first = vitest.run(file);
    if (!first.passed()) {
      return CandidateResult.rejected(test, Verdict.FAILED, first.failure());
    }
    Vitest.Run second = vitest.withCoverage(Optional.of(file), List.of(t.file()));
    if (!second.passed()) {
      return CandidateResult.rejected(test, Verdict.FLAKY, second.failure());
    }
    Set<Integer> ran = second.coverage().covered(t.file(), t.lines());
    Set<Integer> added = new TreeSet<>(ran);
    added.removeAll(baseline.covered(t.file(), t.lines()));
    if (added.isEmpty()) {
      return CandidateResult.rejected(
          test,
          Verdict.NO_NEW_COVERAGE,
          ran.isEmpty()
              ? "runs none of the function's lines"
              : "runs line(s) " + Lines.list(ran) + ", all covered by existing tests");
    }
    return CandidateResult.kept(test, added);
  }

  private Proposals propose(Path repo, TargetFunction t, LineCoverage baseline) {
    Set<Integer> uncovered = new TreeSet<>(baseline.measured(t.file(), t.lines()));
    uncovered.removeAll(baseline.covered(t.file(), t.lines()));
    if (baseline.measured(t.file(), t.lines()).isEmpty()) {
      // no coverage data for the file (no existing test loads it): every line of it is new
      for (int l = t.lines().start(); l <= t.lines().end(); l++) {
        uncovered.add(l);
      }
    }
    String source = read(repo, t.file());
    String hint = hint(repo, t, uncovered);
    try {
      return new Proposals(
          writer.propose(t, source, hint), new ArrayList<>(), uncovered, Optional.empty());
    } catch (GatewayException | ToolException e) {
      return new Proposals(
          List.of(), new ArrayList<>(), uncovered, Optional.of(String.valueOf(e.getMessage())));
    }
  }

  private static String hint(Path repo, TargetFunction t, Set<Integer> uncovered) {
    StringBuilder hint = new StringBuilder();
    hint.append("Lines of ")
        .append(t.displayName())
        .append(" that no existing test runs: ")
        .append(Lines.list(uncovered))
        .append('\n');
    List<String> existing = TestLocations.existing(repo, t.file());
    if (existing.isEmpty()) {
      hint.append("There are no existing tests of ").append(t.file()).append(".\n");
    }
    for (String test : existing) {
      String text = read(repo, test);
      hint.append("\nExisting tests in ")
          .append(test)
          .append(":\n")
          .append(text.length() > HINT_CHARS ? text.substring(0, HINT_CHARS) + "\n…" : text);
    }
    return hint.toString();
  }

  private static String candidateFile(TargetFunction t, int n) {
    return numbered(t.testFile(), n);
  }

  /** {@code fares.surge.onramp.test.ts} → {@code fares.surge.onramp-2.test.ts}. */
  static String numbered(String testFile, int n) {
    int at = testFile.lastIndexOf(".onramp.");
    return testFile.substring(0, at) + ".onramp-" + n + testFile.substring(at + ".onramp".length());
  }

  private static String read(Path repo, String file) {
    try {
      return Files.readString(repo.resolve(file));
    } catch (IOException e) {
      throw new ToolException(
          ToolException.Kind.SETUP, "cannot read " + file + " in " + repo + ": " + e.getMessage());
    }
  }

  private record Proposals(
      List<ProposedTest> tests,
      List<String> files,
      Set<Integer> uncovered,
      Optional<String> problem) {}
}
