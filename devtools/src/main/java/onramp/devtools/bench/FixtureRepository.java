package onramp.devtools.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import onramp.devtools.exec.Command;
import onramp.devtools.exec.ToolException;

/**
 * A git repository of real TypeScript: immer's sources ({@code copies} times, each copy in its own
 * directory, for a repository of the size wanted), a strict tsconfig, a typed ESLint flat config,
 * committed on {@code main}. Its packages come from a {@link TsFixture} install in a parent
 * directory, found by walking up as in a monorepo.
 */
public final class FixtureRepository {
  private static final Map<String, String> GIT_ENV =
      Map.of(
          "GIT_AUTHOR_NAME", "Onramp Fixture",
          "GIT_AUTHOR_EMAIL", "fixture@example.invalid",
          "GIT_COMMITTER_NAME", "Onramp Fixture",
          "GIT_COMMITTER_EMAIL", "fixture@example.invalid",
          "LC_ALL", "C");

  static final String TSCONFIG =
      """
      {
        // strict, as most repositories are; immer's sources use a few Node globals without
        // @types/node, so the base has real errors of its own outside any change
        "compilerOptions": {
          "target": "ES2020",
          "module": "ESNext",
          "moduleResolution": "bundler",
          "lib": ["ES2020", "DOM"],
          "strict": true,
          "noEmit": true,
        },
        "include": ["src"],
      }
      """;

  static final String ESLINT_CONFIG =
      """
      import tseslint from "typescript-eslint";

      export default [
        {
          files: ["**/*.ts"],
          languageOptions: {
            parser: tseslint.parser,
            parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
          },
          plugins: { "@typescript-eslint": tseslint.plugin },
          rules: {
            "@typescript-eslint/no-floating-promises": "error",
            "@typescript-eslint/no-misused-promises": "error",
            "@typescript-eslint/await-thenable": "error",
          },
        },
      ];
      """;

  private FixtureRepository() {}

  /**
   * Creates the repository in {@code dir} (which must not exist) from an installed fixture.
   *
   * @return the number of TypeScript lines committed
   */
  public static int create(Path installed, Path dir, int copies) {
    try {
      Files.createDirectories(dir);
      Path sources = TsFixture.immerSources(installed);
      int lines = 0;
      for (int i = 0; i < copies; i++) {
        Path target = copies == 1 ? dir.resolve("src") : dir.resolve("src/copy" + (i + 1));
        lines += copy(sources, target);
      }
      Files.writeString(dir.resolve("tsconfig.json"), TSCONFIG);
      Files.writeString(dir.resolve("eslint.config.mjs"), ESLINT_CONFIG);
      Files.writeString(dir.resolve(".gitignore"), "node_modules/\n*.tsbuildinfo\n");
      git(dir, "init", "--quiet", "--initial-branch=main");
      git(dir, "add", "-A");
      git(dir, "commit", "--quiet", "--no-gpg-sign", "-m", "immer sources");
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the fixture repository in " + dir, e);
    }
  }

  /** Runs git in {@code dir} as the fixture's synthetic author; fails on a non-zero exit. */
  public static String git(Path dir, String... args) {
    List<String> argv =
        new ArrayList<>(
            List.of(
                "git",
                "-c",
                "commit.gpgsign=false",
                "-c",
                "gc.auto=0",
                "-c",
                "maintenance.auto=false"));
    argv.addAll(List.of(args));
    Command.Result r =
        new Command("git", argv, dir, GIT_ENV).run(Duration.ofMinutes(2), "install git");
    if (r.exitCode() != 0) {
      throw new ToolException(
          ToolException.Kind.FAILED,
          "git " + String.join(" ", args) + " failed in " + dir + ": " + r.diagnostics());
    }
    return r.stdout();
  }

  private static int copy(Path from, Path to) throws IOException {
    int lines = 0;
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".ts")) {
          continue;
        }
        Path target = to.resolve(from.relativize(f).toString());
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
        lines += Files.readAllLines(f).size();
      }
    }
    return lines;
  }
}
