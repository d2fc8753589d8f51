package onramp.devtools.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import onramp.devtools.ChangedFile;
import onramp.devtools.Diff;
import onramp.devtools.Finding;
import onramp.devtools.exec.Command;
import onramp.devtools.git.GitDiff;
import onramp.devtools.typescript.LintResult;
import onramp.devtools.typescript.OnTheDiff;
import onramp.devtools.typescript.TypeScriptProject;

/**
 * The review's non-model work on a ~50k-line repository with a 300-line change: the diff, the
 * repository's tsc and typed ESLint (run side by side), and mapping their findings to the changed
 * lines; against a plain {@code tsc --noEmit} of the same repository in the same run. The goal is ≤
 * 10 s on 2 cores, the type-check being most of it.
 *
 * <p>The repository is immer's sources copied until it passes 50,000 lines; the change adds 30
 * lines to each of 10 files, half committed on a branch and half in the working tree, with one type
 * error per file.
 */
public final class ReviewBenchmark {
  static final int TARGET_LINES = 50_000;
  static final int CHANGED_FILES = 10;
  static final int LINES_PER_FILE = 30;
  private static final Duration LIMIT = Duration.ofMinutes(5);

  private ReviewBenchmark() {}

  public static void main(String[] args) {
    System.out.println(run(args.length > 0 ? Integer.parseInt(args[0]) : 3));
  }

  /** Builds the repository (once per call), then times {@code iterations} rounds of both. */
  public static String run(int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be at least 1, not " + iterations);
    }
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "onramp-ts-review-bench");
    Path installed = TsFixture.install(work.resolve("npm"));
    Path repo = installed.resolve("repos/bench");
    deleteTree(repo);
    int immerLines = countLines(TsFixture.immerSources(installed));
    int copies = (TARGET_LINES + immerLines - 1) / immerLines;
    int lines = FixtureRepository.create(installed, repo, copies);
    int changed = plantChange(repo);

    // one unmeasured round of each warms the file cache, as a developer's machine is warm
    TypeScriptProject project = TypeScriptProject.open(repo);
    plainTsc(project);
    Round warm = review(repo);
    List<Round> rounds = new ArrayList<>();
    List<Long> plain = new ArrayList<>();
    for (int i = 0; i < iterations; i++) {
      rounds.add(review(repo));
      plain.add(plainTsc(project));
    }
    return report(lines, changed, copies, warm, rounds, plain, project);
  }

  /** One review's timings (ms) and what it found. */
  record Round(
      long diffMs,
      long tscMs,
      long lintMs,
      long mapMs,
      long totalMs,
      int files,
      int typeErrorsOnDiff,
      int typeErrorsDropped,
      int lintOnDiff,
      List<String> notes) {}

  static Round review(Path repo) {
    long t0 = System.nanoTime();
    Diff diff = GitDiff.of(repo, Optional.empty());
    long t1 = System.nanoTime();
    TypeScriptProject project = TypeScriptProject.open(repo);
    List<String> files = diff.files().stream().map(ChangedFile::path).toList();
    CompletableFuture<Timed<LintResult>> lint =
        CompletableFuture.supplyAsync(() -> Timed.of(() -> project.lint(files, LIMIT)));
    Timed<List<Finding>> tsc = Timed.of(() -> project.typeCheck(LIMIT));
    Timed<LintResult> linted = lint.join();
    long t2 = System.nanoTime();
    OnTheDiff types = OnTheDiff.of(diff, tsc.value());
    OnTheDiff lints = OnTheDiff.of(diff, linted.value().findings());
    long t3 = System.nanoTime();
    return new Round(
        ms(t1 - t0),
        tsc.ms(),
        linted.ms(),
        ms(t3 - t2),
        ms(t3 - t0),
        diff.files().size(),
        types.kept().size(),
        types.dropped(),
        lints.kept().size(),
        linted.value().notes());
  }

  private record Timed<T>(T value, long ms) {
    static <T> Timed<T> of(java.util.function.Supplier<T> work) {
      long t = System.nanoTime();
      T v = work.get();
      return new Timed<>(v, ReviewBenchmark.ms(System.nanoTime() - t));
    }
  }

  private static long plainTsc(TypeScriptProject project) {
    List<String> argv = new ArrayList<>(project.typeCheckCommand());
    Command.Result r = Command.of("tsc", project.root(), argv).run(LIMIT, "install Node");
    return r.took().toMillis();
  }

  /** 30 lines in each of 10 files: the first five committed on a branch, the rest uncommitted. */
  static int plantChange(Path repo) {
    FixtureRepository.git(repo, "checkout", "--quiet", "-b", "change");
    int added = 0;
    for (int i = 1; i <= CHANGED_FILES; i++) {
      Path file = repo.resolve("src/copy" + i + "/utils/common.ts");
      List<String> body = new ArrayList<>();
      body.add("export function benchChange" + i + "(values: number[]): number {");
      body.add("  let total: number = 0");
      for (int k = 0; k < LINES_PER_FILE - 5; k++) {
        body.add("  total += values[" + k + "] ?? " + k);
      }
      body.add("  const label: number = \"total\"");
      body.add("  return total + label");
      body.add("}");
      try {
        Files.writeString(file, String.join("\n", body) + "\n", StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      added += body.size();
      if (i == CHANGED_FILES / 2) {
        FixtureRepository.git(repo, "commit", "--quiet", "-am", "half of the change");
      }
    }
    return added;
  }

  private static String report(
      int lines,
      int changed,
      int copies,
      Round warm,
      List<Round> rounds,
      List<Long> plain,
      TypeScriptProject project) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "ts-review: %,d TypeScript lines (immer's sources ×%d), a %d-line change in %d files;"
                + " TypeScript %s; %d cores%n",
            lines,
            copies,
            changed,
            warm.files(),
            project.typeScriptVersion(),
            Runtime.getRuntime().availableProcessors()));
    out.append(
        String.format(
            Locale.ROOT,
            "findings on the change: %d type errors (%d elsewhere dropped), %d lint%n",
            warm.typeErrorsOnDiff(),
            warm.typeErrorsDropped(),
            warm.lintOnDiff()));
    warm.notes().forEach(n -> out.append("note: ").append(n).append('\n'));
    out.append("round  diff ms  tsc ms  eslint ms  map ms  review ms  plain tsc ms  ratio\n");
    for (int i = 0; i < rounds.size(); i++) {
      Round r = rounds.get(i);
      out.append(
          String.format(
              Locale.ROOT,
              "%5d  %7d  %6d  %9d  %6d  %9d  %12d  %5.2f%n",
              i + 1,
              r.diffMs(),
              r.tscMs(),
              r.lintMs(),
              r.mapMs(),
              r.totalMs(),
              plain.get(i),
              (double) r.totalMs() / plain.get(i)));
    }
    long review = median(rounds.stream().map(Round::totalMs).toList());
    long tsc = median(plain);
    out.append(
        String.format(
            Locale.ROOT,
            "median: review %.2f s, plain tsc --noEmit %.2f s, ratio %.2f; goal ≤ 10 s: %s%n",
            review / 1000.0,
            tsc / 1000.0,
            (double) review / tsc,
            review <= 10_000 ? "met" : "NOT met"));
    return out.toString();
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  private static int countLines(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      int n = 0;
      for (Path f : files.filter(p -> p.toString().endsWith(".ts")).toList()) {
        n += Files.readAllLines(f).size();
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the benchmark repository " + dir, e);
    }
  }
}
