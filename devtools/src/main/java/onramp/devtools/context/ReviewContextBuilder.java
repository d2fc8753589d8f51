package onramp.devtools.context;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import onramp.devtools.ChangedFile;
import onramp.devtools.Diff;
import onramp.devtools.LineRange;

/**
 * Builds the {@link ReviewContext} of a diff: the changed lines (read from the working tree), then
 * what the TypeScript compiler API finds around them, then cuts to the budget, least important
 * first: changed lines, enclosing scope, used declarations of the same file, imported ones, the
 * rest. Within a kind, earlier files and hunks win.
 */
public final class ReviewContextBuilder {
  /** Lines shown either side of a hunk, as in a unified diff. */
  static final int SURROUNDING_LINES = 2;

  private final Path repo;
  private TokenBudget budget = TokenBudget.defaults();
  private Duration timeLimit = Duration.ofSeconds(60);
  private String node = "node";
  private boolean compilerApi = true;

  private ReviewContextBuilder(Path repo) {
    this.repo = repo;
  }

  public static ReviewContextBuilder forRepository(Path repo) {
    return new ReviewContextBuilder(repo.toAbsolutePath().normalize());
  }

  public ReviewContextBuilder budget(TokenBudget budget) {
    this.budget = budget;
    return this;
  }

  /** How long the compiler API may take; after it, the context is the changed lines only. */
  public ReviewContextBuilder timeLimit(Duration limit) {
    this.timeLimit = limit;
    return this;
  }

  /** The Node executable ({@code node} on the PATH by default). */
  public ReviewContextBuilder node(String executable) {
    this.node = executable;
    return this;
  }

  /** Whether to ask the compiler API at all (off: the changed lines only). */
  public ReviewContextBuilder compilerApi(boolean on) {
    this.compilerApi = on;
    return this;
  }

  public ReviewContext build(Diff diff) {
    List<String> notes = new ArrayList<>();
    List<ContextPiece> candidates = new ArrayList<>();
    for (ChangedFile f : diff.files()) {
      candidates.addAll(changes(f, notes));
    }
    String typescript = "";
    if (compilerApi) {
      CompilerApiContext.Result r = new CompilerApiContext(node).resolve(repo, diff, timeLimit);
      notes.addAll(r.notes());
      typescript = r.typescript().orElse("");
      for (CompilerApiContext.Found found : r.found()) {
        candidates.add(
            new ContextPiece(
                found.kind(),
                found.file(),
                found.lines(),
                found.label(),
                Numbered.render(
                    found.text().lines().toList(),
                    found.lines().start(),
                    line -> diff.touches(found.file(), line))));
      }
    }
    return fit(dedupe(candidates), notes, typescript);
  }

  private ReviewContext fit(List<ContextPiece> candidates, List<String> notes, String ts) {
    List<ContextPiece> ordered = new ArrayList<>(candidates);
    ordered.sort(Comparator.comparing(ContextPiece::kind)); // stable: file and hunk order kept
    List<ContextPiece> included = new ArrayList<>();
    List<ReviewContext.LeftOut> leftOut = new ArrayList<>();
    int used = 0;
    for (ContextPiece p : ordered) {
      if (used + p.tokens() <= budget.tokens()) {
        included.add(p);
        used += p.tokens();
      } else {
        leftOut.add(ReviewContext.LeftOut.of(p));
      }
    }
    if (!leftOut.isEmpty()) {
      notes.add(
          leftOut.size()
              + " context piece(s) left out to stay within "
              + budget.tokens()
              + " tokens");
    }
    return new ReviewContext(included, leftOut, budget, notes, ts);
  }

  /** One piece per file and lines: the most important reason wins. */
  private static List<ContextPiece> dedupe(List<ContextPiece> pieces) {
    List<ContextPiece> sorted = new ArrayList<>(pieces);
    sorted.sort(Comparator.comparing(ContextPiece::kind));
    Set<String> seen = new HashSet<>();
    List<ContextPiece> kept = new ArrayList<>();
    for (ContextPiece p : sorted) {
      if (p.kind() == ContextPiece.Kind.CHANGE
          || seen.add(p.file() + ":" + p.lines().start() + "-" + p.lines().end())) {
        kept.add(p);
      }
    }
    return kept;
  }

  /** Each hunk of {@code f} with {@link #SURROUNDING_LINES} either side. */
  private List<ContextPiece> changes(ChangedFile f, List<String> notes) {
    List<String> lines;
    try {
      lines = Files.readAllLines(resolve(f.path()), StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      notes.add(f.path() + " is not UTF-8 text; its changes are not in the context");
      return List.of();
    } catch (IOException e) {
      notes.add(f.path() + " could not be read (" + e.getMessage() + "); left out of the context");
      return List.of();
    }
    List<ContextPiece> out = new ArrayList<>();
    for (LineRange r : f.changed()) {
      if (r.start() > lines.size()) {
        notes.add(
            f.path()
                + ": changed lines "
                + r.start()
                + "-"
                + r.end()
                + " are past its end ("
                + lines.size()
                + " lines)");
        continue;
      }
      int from = Math.max(1, r.start() - SURROUNDING_LINES);
      int to = Math.min(lines.size(), r.end() + SURROUNDING_LINES);
      out.add(
          new ContextPiece(
              ContextPiece.Kind.CHANGE,
              f.path(),
              new LineRange(r.start(), Math.min(r.end(), lines.size())),
              "hunk",
              Numbered.render(lines.subList(from - 1, to), from, f::touches)));
    }
    return out;
  }

  private Path resolve(String relative) throws IOException {
    Path p = repo.resolve(relative).normalize();
    if (!p.startsWith(repo)) {
      throw new IOException("the path " + relative + " leaves the repository");
    }
    return p;
  }
}
