package onramp.devtools.typescript;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.devtools.Finding;
import onramp.devtools.LineRange;
import onramp.devtools.exec.Command;
import onramp.devtools.exec.ToolException;

/**
 * The repository's own ESLint, run on the changed files with {@code --format json}. ESLint severity
 * 2 ("error") becomes BLOCKER, because the repository itself declared that rule one its CI fails
 * on; 1 ("warn") becomes WARNING.
 */
final class Eslint {
  static final List<String> FLAT_CONFIGS =
      List.of(
          "eslint.config.js",
          "eslint.config.mjs",
          "eslint.config.cjs",
          "eslint.config.ts",
          "eslint.config.mts",
          "eslint.config.cts");
  static final List<String> LEGACY_CONFIGS =
      List.of(
          ".eslintrc.js",
          ".eslintrc.cjs",
          ".eslintrc.yaml",
          ".eslintrc.yml",
          ".eslintrc.json",
          ".eslintrc");

  private final Path root;
  private final String node;

  Eslint(Path root, String node) {
    this.root = root;
    this.node = node;
  }

  LintResult lint(Collection<String> files, Duration limit) {
    Optional<Path> flat = upToRepository(FLAT_CONFIGS);
    Optional<Path> legacy = flat.isPresent() ? Optional.empty() : upToRepository(LEGACY_CONFIGS);
    if (flat.isEmpty() && legacy.isEmpty() && !packageJsonConfig()) {
      return LintResult.skipped(
          "ESLint is not configured in "
              + root
              + " (no eslint.config.* or .eslintrc*): not linted");
    }
    Optional<Path> eslint = Paths.up(root, "node_modules/eslint/bin/eslint.js");
    if (eslint.isEmpty()) {
      return LintResult.skipped(
          "ESLint is configured in " + root + " but not installed: " + Installs.fix(root));
    }
    List<String> existing =
        files.stream().filter(f -> Files.isRegularFile(root.resolve(f))).toList();
    if (existing.isEmpty()) {
      return LintResult.skipped("no changed file to lint");
    }
    List<String> argv =
        new ArrayList<>(
            List.of(
                node,
                eslint.get().toString(),
                "--format",
                "json",
                "--no-error-on-unmatched-pattern"));
    existing.forEach(f -> argv.add(f.startsWith("-") ? "./" + f : f));
    Map<String, String> env = new HashMap<>(TypeScriptProject.ENVIRONMENT);
    if (legacy.isPresent()) {
      env.put("ESLINT_USE_FLAT_CONFIG", "false");
    }
    Command.Result r;
    try {
      r = new Command("eslint", argv, root, env).run(limit, "install Node and retry");
    } catch (ToolException e) {
      return LintResult.skipped("ESLint did not run: " + e.getMessage());
    }
    if (r.exitCode() > 1 || !r.stdout().strip().startsWith("[")) {
      return LintResult.skipped(
          "ESLint failed in "
              + root
              + " (exit "
              + r.exitCode()
              + "); run npx eslint on a changed file there to see why: "
              + r.diagnostics());
    }
    return parse(r.stdout());
  }

  LintResult parse(String json) {
    List<Finding> findings = new ArrayList<>();
    int ignored = 0;
    try {
      for (JsonNode file : TypeScriptProject.JSONC.readTree(json)) {
        String path = Paths.relative(root, Path.of(file.path("filePath").asText()));
        for (JsonNode m : file.path("messages")) {
          String message = m.path("message").asText();
          if (m.path("ruleId").isNull() && message.startsWith("File ignored")) {
            ignored++;
            continue;
          }
          findings.add(finding(path, m, message));
        }
      }
    } catch (IOException e) {
      return LintResult.skipped("ESLint's JSON output could not be read: " + e.getMessage());
    }
    List<String> notes =
        ignored == 0
            ? List.of()
            : List.of(ignored + " changed file(s) are ignored by the ESLint config: not linted");
    return new LintResult(findings, notes);
  }

  private static Finding finding(String path, JsonNode m, String message) {
    int line = Math.max(1, m.path("line").asInt(1));
    int end = Math.max(line, m.path("endLine").asInt(line));
    boolean fatal = m.path("fatal").asBoolean(false);
    Optional<String> rule =
        m.path("ruleId").isTextual() ? Optional.of(m.path("ruleId").asText()) : Optional.empty();
    return new Finding(
        path,
        new LineRange(line, end),
        fatal || m.path("severity").asInt() == 2
            ? Finding.Severity.BLOCKER
            : Finding.Severity.WARNING,
        fatal ? "syntax-error" : "lint",
        message,
        Finding.Source.ESLINT,
        rule,
        Optional.empty(),
        Finding.Verification.NONE);
  }

  /**
   * A config in the root or a parent, stopping at the repository's top (the directory with .git).
   */
  private Optional<Path> upToRepository(List<String> names) {
    for (Path d = root; d != null; d = d.getParent()) {
      Optional<Path> found = Paths.first(d, names);
      if (found.isPresent()) {
        return found;
      }
      if (Files.exists(d.resolve(".git"))) {
        break;
      }
    }
    return Optional.empty();
  }

  private boolean packageJsonConfig() {
    Path pkg = root.resolve("package.json");
    try {
      return Files.isRegularFile(pkg)
          && TypeScriptProject.JSONC.readTree(pkg.toFile()).has("eslintConfig");
    } catch (IOException e) {
      return false;
    }
  }
}
