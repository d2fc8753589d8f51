package onramp.devtools.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's own tools: {@code tsc}, {@code vitest} and {@code @vitest/coverage-v8} from its
 * {@code node_modules}. Each missing one is a clear message with the install command.
 */
final class NodeTools {
  static final String TSC = "node_modules/.bin/tsc";
  static final String VITEST = "node_modules/.bin/vitest";

  private NodeTools() {}

  static void check(Path repo) {
    Path modules = repo.resolve("node_modules");
    if (!Files.isDirectory(modules)) {
      throw new TestGenerationException(
          repo
              + " has no node_modules: install its packages first (npm ci), since generated tests"
              + " run with the repository's own TypeScript and Vitest");
    }
    if (!Files.isRegularFile(modules.resolve("typescript/package.json"))) {
      throw new TestGenerationException(
          "typescript is not installed in "
              + repo
              + " (no node_modules/typescript): add it with npm i -D typescript, then npm ci");
    }
    if (!Files.isRegularFile(modules.resolve("vitest/package.json"))) {
      throw new TestGenerationException(
          "vitest is not installed in "
              + repo
              + " (no node_modules/vitest): ./onramp ts tests writes Vitest tests and runs them with"
              + " the repository's own Vitest; add it with npm i -D vitest @vitest/coverage-v8,"
              + " then npm ci");
    }
    if (!Files.isRegularFile(modules.resolve("@vitest/coverage-v8/package.json"))) {
      throw new TestGenerationException(
          "@vitest/coverage-v8 is not installed in "
              + repo
              + ": a proposed test is kept only when it adds coverage, which needs it; add it with"
              + " npm i -D -E @vitest/coverage-v8@<the installed vitest version>, then npm ci");
    }
  }
}
