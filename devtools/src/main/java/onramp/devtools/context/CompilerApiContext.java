package onramp.devtools.context;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import onramp.devtools.ChangedFile;
import onramp.devtools.Diff;
import onramp.devtools.LineRange;

/**
 * Enclosing scopes and used declarations from {@code context.js}, run with the repository's own
 * {@code typescript}: the compiler resolves imports, aliases and the declared types of values,
 * which a syntax tree alone cannot.
 */
final class CompilerApiContext {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final NodeScript script;

  CompilerApiContext(String node) {
    this.script = new NodeScript("/onramp/devtools/context/context.js", node);
  }

  /** A declaration the script found, before rendering. */
  record Found(ContextPiece.Kind kind, String file, LineRange lines, String label, String text) {}

  /** What the script gave: pieces, notes, the compiler's version; or why there is nothing. */
  record Result(List<Found> found, List<String> notes, Optional<String> typescript) {}

  Result resolve(Path repo, Diff diff, Duration limit) {
    if (diff.files().isEmpty()) {
      return new Result(List.of(), List.of(), Optional.empty());
    }
    Path input = null;
    try {
      input = Files.createTempFile("onramp-context-", ".json");
      Files.writeString(input, JSON.writeValueAsString(request(diff)));
      return switch (script.run(repo, List.of(input.toString()), limit)) {
        case NodeScript.Outcome.Done d -> parse(d.stdout());
        case NodeScript.Outcome.Failed f ->
            new Result(
                List.of(),
                List.of(
                    "context is the changed lines only: the TypeScript compiler API could not run ("
                        + f.why()
                        + ")"),
                Optional.empty());
      };
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the context request", e);
    } finally {
      if (input != null) {
        try {
          Files.deleteIfExists(input);
        } catch (IOException e) {
          // a temp file left behind is harmless
        }
      }
    }
  }

  private static ObjectNode request(Diff diff) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode files = root.putArray("files");
    for (ChangedFile f : diff.files()) {
      ObjectNode file = files.addObject().put("path", f.path());
      ArrayNode ranges = file.putArray("ranges");
      f.changed().forEach(r -> ranges.addArray().add(r.start()).add(r.end()));
    }
    return root;
  }

  private static Result parse(String stdout) {
    JsonNode root;
    try {
      root = JSON.readTree(stdout);
    } catch (IOException e) {
      return new Result(
          List.of(),
          List.of("context is the changed lines only: the context script's output was not JSON"),
          Optional.empty());
    }
    List<Found> found = new ArrayList<>();
    for (JsonNode p : root.path("pieces")) {
      int start = p.path("start").asInt(0);
      int end = p.path("end").asInt(0);
      if (start < 1 || end < start) {
        continue;
      }
      found.add(
          new Found(
              ContextPiece.Kind.valueOf(p.path("kind").asText()),
              p.path("file").asText(),
              new LineRange(start, end),
              p.path("label").asText(),
              p.path("text").asText()));
    }
    List<String> notes = new ArrayList<>();
    root.path("notes").forEach(n -> notes.add(n.asText()));
    String version = root.path("typescript").asText("");
    return new Result(found, notes, version.isEmpty() ? Optional.empty() : Optional.of(version));
  }
}
