package onramp.devtools.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a source file's tests live, by the conventions Vitest projects use: beside it ({@code
 * fares.test.ts}, {@code fares.spec.ts}), in {@code __tests__/} beside it, or in a top-level {@code
 * test/}/{@code tests/} mirroring {@code src/}. New tests go next to the first existing one found,
 * else beside the source.
 */
final class TestLocations {
  private static final List<String> SUFFIXES = List.of(".test", ".spec");

  private TestLocations() {}

  /** Whether {@code path} is itself a test file (its functions are not targets). */
  static boolean isTest(String path) {
    String base = fileName(path);
    return path.contains("__tests__/")
        || SUFFIXES.stream().anyMatch(s -> base.contains(s + ".ts") || base.contains(s + ".tsx"))
        || path.endsWith(".d.ts");
  }

  /** The existing test files of {@code sourceFile}, relative to the root, in preference order. */
  static List<String> existing(Path repo, String sourceFile) {
    String dir = parent(sourceFile);
    String stem = stem(sourceFile);
    List<String> dirs = new ArrayList<>(List.of(dir, join(dir, "__tests__")));
    if (dir.equals("src") || dir.startsWith("src/")) {
      String rest = dir.substring(3);
      dirs.add("test" + rest);
      dirs.add("tests" + rest);
    }
    List<String> found = new ArrayList<>();
    for (String d : dirs) {
      for (String suffix : SUFFIXES) {
        for (String ext : List.of(".ts", ".tsx")) {
          String candidate = join(d, stem + suffix + ext);
          if (Files.isRegularFile(repo.resolve(candidate))) {
            found.add(candidate);
          }
        }
      }
    }
    return found;
  }

  /**
   * The test file for {@code functionLabel} of {@code sourceFile}, and how it imports the source.
   */
  static Placement placement(Path repo, String sourceFile, String functionLabel) {
    Optional<String> first = existing(repo, sourceFile).stream().findFirst();
    String dir = first.map(TestLocations::parent).orElse(parent(sourceFile));
    String suffix = first.map(TestLocations::suffixOf).orElse(".test");
    String ext = sourceFile.endsWith(".tsx") ? ".tsx" : ".ts";
    String testFile = join(dir, stem(sourceFile) + "." + functionLabel + ".onramp" + suffix + ext);
    String relative =
        Path.of(dir.isEmpty() ? "." : dir)
            .relativize(Path.of(parent(sourceFile).isEmpty() ? "." : parent(sourceFile)))
            .toString()
            .replace('\\', '/');
    String specifier =
        (relative.isEmpty() ? "." : relative.startsWith("..") ? relative : "./" + relative)
            + "/"
            + stem(sourceFile);
    return new Placement(testFile, specifier.replace("/./", "/"));
  }

  /** A test file path and the import specifier of the source from there. */
  record Placement(String testFile, String importSpecifier) {}

  private static String suffixOf(String testFile) {
    return fileName(testFile).contains(".spec.") ? ".spec" : ".test";
  }

  static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** {@code src/fares.ts} → {@code fares}. */
  static String stem(String path) {
    String base = fileName(path);
    int dot = base.lastIndexOf('.');
    return dot <= 0 ? base : base.substring(0, dot);
  }

  private static String join(String dir, String name) {
    return dir.isEmpty() ? name : dir + "/" + name;
  }
}
