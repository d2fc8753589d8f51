package onramp.devtools.typescript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import onramp.devtools.ChangedFile;
import onramp.devtools.Diff;
import onramp.devtools.Finding;
import onramp.devtools.bench.FixtureRepository;
import onramp.devtools.bench.TsFixture;
import onramp.devtools.git.GitDiff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The review's facts on real TypeScript: immer's published sources in a git repository, the
 * repository's own TypeScript 5.9 and typed ESLint from npm, and a change with planted problems
 * (committed, uncommitted and in a new file). Every planted problem is reported on its line and
 * nothing else is: the base has real errors of its own (Node globals without @types/node), also in
 * files the change touches, and none of them may come through.
 */
class RealTypeScriptReviewIT {
  private static final Path INSTALLED = Path.of("target/ts-fixture").toAbsolutePath();
  private static final Duration LIMIT = Duration.ofSeconds(120);

  @BeforeAll
  static void install() {
    TsFixture.install(INSTALLED);
  }

  @Test
  void reportsEveryPlantedProblemOnItsLineAndNothingOutsideTheChange() throws IOException {
    Path repo = newRepository("planted");
    FixtureRepository.git(repo, "checkout", "--quiet", "-b", "change");
    int typeError =
        append(
            repo,
            "src/utils/common.ts",
            "export function plantedCount(): number {",
            "  const label: number = \"three\"",
            "  return label",
            "}");
    FixtureRepository.git(repo, "commit", "--quiet", "-am", "a committed type error");
    int undefinedDeref =
        append(
            repo,
            "src/core/scope.ts",
            "export function plantedScopeName(scope: ImmerScope | undefined): string {",
            "  return scope.immer_ ? \"immer\" : \"none\"",
            "}");
    append(repo, "src/utils/errors.ts", "export const plantedHarmless = 1");
    Files.createDirectories(repo.resolve("src/planted"));
    Files.writeString(
        repo.resolve("src/planted/orders.ts"),
        """
        import { produse } from "../immer"

        interface Order {
          id: string
          note: string | null
        }

        export function noteLength(order: Order): number {
          return order.note.length
        }

        async function save(order: Order): Promise<void> {
          await Promise.resolve(order)
        }

        export function saveAll(orders: Order[]): void {
          for (const o of orders) {
            save(o)
          }
        }

        export const unused = produse
        """);

    Diff diff = GitDiff.of(repo, Optional.empty());
    TypeScriptProject project = TypeScriptProject.open(repo);
    List<Finding> typeErrors = project.typeCheck(LIMIT);
    LintResult lint = project.lint(diff.files().stream().map(ChangedFile::path).toList(), LIMIT);
    OnTheDiff tsc = OnTheDiff.of(diff, typeErrors);
    OnTheDiff eslint = OnTheDiff.of(diff, lint.findings());

    assertThat(diff.files())
        .extracting(ChangedFile::path)
        .containsExactly(
            "src/core/scope.ts",
            "src/planted/orders.ts",
            "src/utils/common.ts",
            "src/utils/errors.ts");
    assertThat(project.typeScriptVersion()).isEqualTo("5.9.3");
    assertThat(tsc.kept())
        .extracting(Finding::file, f -> f.lines().start(), f -> f.rule().orElseThrow())
        .containsExactlyInAnyOrder(
            tuple("src/utils/common.ts", typeError + 1, "TS2322"),
            tuple("src/core/scope.ts", undefinedDeref + 1, "TS18048"),
            tuple("src/planted/orders.ts", 1, "TS2724"),
            tuple("src/planted/orders.ts", 9, "TS18047"));
    assertThat(tsc.kept())
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Finding.Severity.BLOCKER));
    assertThat(typeErrors)
        .as("the base's own errors, in changed and unchanged files, are found and then dropped")
        .anySatisfy(f -> assertThat(f.file()).isEqualTo("src/utils/errors.ts"))
        .anySatisfy(f -> assertThat(f.file()).isEqualTo("src/core/proxy.ts"));
    assertThat(tsc.dropped()).isGreaterThanOrEqualTo(5);
    assertThat(lint.notes()).isEmpty();
    assertThat(eslint.kept())
        .extracting(
            Finding::file, f -> f.lines().start(), f -> f.rule().orElseThrow(), Finding::severity)
        .containsExactly(
            tuple(
                "src/planted/orders.ts",
                18,
                "@typescript-eslint/no-floating-promises",
                Finding.Severity.BLOCKER));
  }

  @Test
  void checksProjectReferencesInBuildMode() throws IOException {
    Path repo = INSTALLED.resolve("repos/references-" + System.nanoTime());
    write(
        repo.resolve("a/tsconfig.json"),
        "{\"compilerOptions\": {\"composite\": true, \"strict\": true, \"outDir\": \"out\"}, \"include\": [\"*.ts\"]}");
    write(repo.resolve("a/index.ts"), "export const a: number = 1;\n");
    write(
        repo.resolve("b/tsconfig.json"),
        "{\"compilerOptions\": {\"composite\": true, \"strict\": true, \"outDir\": \"out\"}, \"include\": [\"*.ts\"], \"references\": [{\"path\": \"../a\"}]}");
    write(
        repo.resolve("b/index.ts"),
        "import { a } from \"../a/index\";\n\nexport const b: string = a;\n");
    write(
        repo.resolve("tsconfig.json"),
        "{\n  // a solution: checks nothing itself\n  \"files\": [],\n  \"references\": [{\"path\": \"a\"}, {\"path\": \"b\"}],\n}\n");

    TypeScriptProject project = TypeScriptProject.open(repo);

    assertThat(project.buildMode()).isTrue();
    assertThat(project.typeCheck(LIMIT))
        .extracting(Finding::file, f -> f.lines().start(), f -> f.rule().orElseThrow())
        .containsExactly(tuple("b/index.ts", 3, "TS2322"));
  }

  private static Path newRepository(String name) {
    Path repo = INSTALLED.resolve("repos/" + name + "-" + System.nanoTime());
    FixtureRepository.create(INSTALLED, repo, 1);
    return repo;
  }

  /** Appends lines; returns the line number of the first appended line. */
  private static int append(Path repo, String file, String... lines) throws IOException {
    Path f = repo.resolve(file);
    String text = Files.readString(f);
    String sep = text.endsWith("\n") ? "" : "\n";
    int first = (int) text.lines().count() + 1;
    Files.writeString(f, sep + String.join("\n", lines) + "\n", StandardOpenOption.APPEND);
    return first;
  }

  private static void write(Path f, String text) throws IOException {
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
  }
}
