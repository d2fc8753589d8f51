package onramp.devtools.context;

import onramp.devtools.LineRange;

/**
 * One piece of context: lines of a file, why they are there, and their text as the model sees it
 * (numbered lines, changed ones marked {@code +}).
 *
 * @param file relative to the repository root, forward slashes
 * @param label what it is, e.g. {@code method total} or {@code interface Rider (type of rider)}
 * @param text the rendered text, what the budget counts
 */
public record ContextPiece(Kind kind, String file, LineRange lines, String label, String text) {

  /** Why a piece is included, most important first: the budget drops from the bottom. */
  public enum Kind {
    /** The changed lines themselves, with two lines either side. */
    CHANGE("changed lines"),
    /** The function, method, class, interface or type the hunk is in. */
    ENCLOSING("enclosing"),
    /** A declaration in the same file the changed code uses. */
    SAME_FILE("used, same file"),
    /** A declaration in another file of the repository the changed code uses (imports resolved). */
    IMPORTED("used, imported"),
    /** Anything else: declarations from installed packages' type definitions. */
    REST("used, from a package");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  public int tokens() {
    return TokenBudget.estimate(text);
  }

  /** {@code src/fares.ts:8-12 method total (enclosing)}. */
  public String title() {
    return file + ":" + lines.start() + "-" + lines.end() + " " + label + " (" + kind.words() + ")";
  }
}
