package onramp.devtools.tests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import onramp.devtools.ChangedFile;
import onramp.devtools.Diff;
import onramp.devtools.LineRange;

/**
 * The exported functions of a change whose declaration overlaps a changed range: exported function
 * declarations, exported consts holding an arrow function or function expression, public methods of
 * exported classes, and local functions exported by name. Listed by a Node script with the
 * repository's own {@code typescript} package (its compiler API, syntax only), so the parse matches
 * the TypeScript version the code is written for.
 */
public final class ChangedExports {
  private static final String SCRIPT = "exported-functions.cjs";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ChangedExports() {}

  /** The changed exported functions of {@code diff} in {@code repo}, in file and line order. */
  public static List<TargetFunction> find(Path repo, Diff diff, Limits limits) {
    List<ChangedFile> sources =
        diff.files().stream().filter(f -> !TestLocations.isTest(f.path())).toList();
    if (sources.isEmpty()) {
      return List.of();
    }
    Path script = extractScript();
    try {
      List<String> argv = new ArrayList<>(List.of("node", script.toString(), repo.toString()));
      sources.forEach(f -> argv.add(f.path()));
      Command.Result r = new Command(argv, repo, limits.listing(), java.util.Map.of()).run();
      if (!r.ok()) {
        throw new TestGenerationException(r.output().strip());
      }
      List<TargetFunction> found = new ArrayList<>();
      for (JsonNode n : JSON.readTree(r.output())) {
        ChangedFile file = diff.file(n.path("file").asText()).orElseThrow();
        LineRange lines = new LineRange(n.path("startLine").asInt(), n.path("endLine").asInt());
        if (file.changed().stream().anyMatch(lines::overlaps)) {
          found.add(target(repo, n, lines));
        }
      }
      return found;
    } catch (IOException e) {
      throw new TestGenerationException(
          "the exported-function listing of " + repo + " was not JSON: " + e.getMessage());
    } finally {
      deleteQuietly(script);
    }
  }

  private static TargetFunction target(Path repo, JsonNode n, LineRange lines) {
    String file = n.path("file").asText();
    Optional<String> className =
        n.path("className").isTextual()
            ? Optional.of(n.path("className").asText())
            : Optional.empty();
    String name = n.path("name").asText();
    String label = className.map(c -> c + "-" + name).orElse(name);
    TestLocations.Placement where = TestLocations.placement(repo, file, label);
    return new TargetFunction(
        file,
        name,
        n.path("exportName").asText(),
        TargetFunction.Kind.valueOf(n.path("kind").asText()),
        className,
        n.path("static").asBoolean(false),
        lines,
        where.testFile(),
        where.importSpecifier());
  }

  private static Path extractScript() {
    try (InputStream in =
        Objects.requireNonNull(
            ChangedExports.class.getResourceAsStream(SCRIPT),
            SCRIPT + " is missing from the jar")) {
      Path script = Files.createTempFile("onramp-exported-functions-", ".cjs");
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
      return script;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // a temp file left behind is harmless
    }
  }
}
