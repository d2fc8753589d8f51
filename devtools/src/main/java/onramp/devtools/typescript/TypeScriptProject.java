package onramp.devtools.typescript;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import onramp.devtools.Finding;
import onramp.devtools.exec.Command;
import onramp.devtools.exec.ToolException;

/**
 * A repository's own TypeScript setup: its compiler ({@code node_modules/typescript}, found walking
 * up as Node does, so a package of a monorepo uses the root's), its {@code tsconfig.json}, and its
 * ESLint when configured. Nothing is bundled: the review type-checks with exactly what the
 * repository's CI uses.
 *
 * <p>A tsconfig with {@code references} is checked with {@code tsc -b} (build mode): the only mode
 * that checks referenced projects against each other, and {@code -b} refuses {@code --noEmit}
 * (TS6310), so it writes the outputs the repository's own config declares, as its own build would.
 * Any other tsconfig is checked with {@code tsc --noEmit -p tsconfig.json}, which writes nothing.
 */
public final class TypeScriptProject {
  static final JsonMapper JSONC =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
          .build();
  static final Map<String, String> ENVIRONMENT = Map.of("NO_COLOR", "1", "FORCE_COLOR", "0");
  private static final String TSCONFIG = "tsconfig.json";

  private final Path root;
  private final String node;
  private final Path tsc;
  private final String version;
  private final boolean buildMode;

  private TypeScriptProject(Path root, String node, Path tsc, String version, boolean buildMode) {
    this.root = root;
    this.node = node;
    this.tsc = tsc;
    this.version = version;
    this.buildMode = buildMode;
  }

  /**
   * @throws ToolException SETUP, saying what to run, when the directory, Node, TypeScript or the
   *     tsconfig is missing
   */
  public static TypeScriptProject open(Path repo) {
    return open(repo, "node");
  }

  static TypeScriptProject open(Path repo, String node) {
    Path root = repo.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new ToolException(
          ToolException.Kind.SETUP,
          repo + " is not a directory: pass --repo with the path of the TypeScript project");
    }
    Path tsc =
        Paths.up(root, "node_modules/typescript/bin/tsc")
            .orElseThrow(
                () ->
                    new ToolException(
                        ToolException.Kind.SETUP,
                        "TypeScript is not installed for "
                            + root
                            + " (no node_modules/typescript in it or above): "
                            + Installs.fix(root)
                            + ", then retry; the review uses the repository's own TypeScript"));
    Path tsconfig = root.resolve(TSCONFIG);
    if (!Files.isRegularFile(tsconfig)) {
      throw new ToolException(
          ToolException.Kind.SETUP,
          "no tsconfig.json in "
              + root
              + ": the review type-checks with the repository's own tsconfig; pass --repo the"
              + " directory that holds it (or create one with npx tsc --init)");
    }
    checkNode(root, node);
    return new TypeScriptProject(root, node, tsc, version(tsc), hasReferences(tsconfig));
  }

  public Path root() {
    return root;
  }

  /** The repository's TypeScript version, from its {@code package.json}. */
  public String typeScriptVersion() {
    return version;
  }

  /** Whether {@code tsconfig.json} has project references (checked with {@code tsc -b}). */
  public boolean buildMode() {
    return buildMode;
  }

  /** The command line {@link #typeCheck} runs, for reports and benchmarks. */
  public List<String> typeCheckCommand() {
    List<String> argv = new ArrayList<>(List.of(node, tsc.toString()));
    argv.addAll(
        buildMode
            ? List.of("-b", TSCONFIG, "--pretty", "false")
            : List.of("--noEmit", "--pretty", "false", "-p", TSCONFIG));
    return argv;
  }

  /**
   * Every diagnostic of the repository's tsc, paths relative to the root; errors are BLOCKER.
   *
   * @throws ToolException TIMEOUT when tsc runs past {@code limit} (it is stopped), FAILED when it
   *     fails without reporting a diagnostic on a file (a crash, a broken tsconfig)
   */
  public List<Finding> typeCheck(Duration limit) {
    Command.Result r =
        new Command("tsc", typeCheckCommand(), root, ENVIRONMENT)
            .run(limit, "install Node (https://nodejs.org) and retry");
    Tsc.Output out = Tsc.parse(r.stdout() + "\n" + r.stderr(), root, root, TSCONFIG);
    if (r.exitCode() != 0 && out.located().isEmpty()) {
      throw new ToolException(
          ToolException.Kind.FAILED,
          "tsc "
              + version
              + " could not check "
              + root
              + " (exit "
              + r.exitCode()
              + "); fix what it says, then retry: "
              + r.diagnostics());
    }
    List<Finding> all = new ArrayList<>(out.located());
    all.addAll(out.global());
    return all;
  }

  /**
   * The repository's ESLint on {@code files} (relative to the root), {@code --format json}. When
   * ESLint is not configured, not installed, broken or too slow, no findings and a note that says
   * why: the type checker's findings stand on their own.
   */
  public LintResult lint(Collection<String> files, Duration limit) {
    return new Eslint(root, node).lint(files, limit);
  }

  private static void checkNode(Path root, String node) {
    Command.Result r =
        Command.of("node", root, List.of(node, "--version"))
            .run(
                Duration.ofSeconds(20),
                "the review runs the repository's own TypeScript with Node; install Node 18 or newer"
                    + " (https://nodejs.org, or apt-get install nodejs) and retry");
    if (r.exitCode() != 0) {
      throw new ToolException(
          ToolException.Kind.SETUP,
          node + " --version failed in " + root + ": " + r.diagnostics() + "; reinstall Node");
    }
  }

  private static String version(Path tsc) {
    Path pkg = tsc.resolveSibling("../package.json").normalize();
    try {
      return JSONC.readTree(pkg.toFile()).path("version").asText("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static boolean hasReferences(Path tsconfig) {
    try {
      JsonNode refs = JSONC.readTree(Files.readString(tsconfig)).path("references");
      return refs.isArray() && !refs.isEmpty();
    } catch (IOException e) {
      // tsc reads it too, and says what is wrong with it better than we can
      return false;
    }
  }
}
