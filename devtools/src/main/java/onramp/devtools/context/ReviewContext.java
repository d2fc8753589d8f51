package onramp.devtools.context;

import java.util.List;
import onramp.devtools.LineRange;

/**
 * The context of a review, cut to its budget.
 *
 * @param included what the model gets, most important first
 * @param leftOut what did not fit, most important first, so a report can list it
 * @param notes what limited the context (no TypeScript installed, a file outside the program…)
 * @param typescript the version of the compiler that resolved the declarations, when one did
 */
public record ReviewContext(
    List<ContextPiece> included,
    List<LeftOut> leftOut,
    TokenBudget budget,
    List<String> notes,
    String typescript) {

  public ReviewContext {
    included = List.copyOf(included);
    leftOut = List.copyOf(leftOut);
    notes = List.copyOf(notes);
  }

  /** A piece that did not fit the budget. */
  public record LeftOut(
      ContextPiece.Kind kind, String file, LineRange lines, String label, int tokens) {
    static LeftOut of(ContextPiece p) {
      return new LeftOut(p.kind(), p.file(), p.lines(), p.label(), p.tokens());
    }

    @Override
    public String toString() {
      return file
          + ":"
          + lines.start()
          + "-"
          + lines.end()
          + " "
          + label
          + " ("
          + kind.words()
          + ", ~"
          + tokens
          + " tokens)";
    }
  }

  public int usedTokens() {
    return included.stream().mapToInt(ContextPiece::tokens).sum();
  }

  /** The included pieces as one text for a prompt, each under its title. */
  public String render() {
    StringBuilder out = new StringBuilder();
    for (ContextPiece p : included) {
      out.append("### ").append(p.title()).append('\n').append(p.text());
      if (!p.text().endsWith("\n")) {
        out.append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }
}
