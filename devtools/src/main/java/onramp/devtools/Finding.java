package onramp.devtools;

import java.util.Optional;

/**
 * One finding of a review. Findings from the type checker and the linter are facts; the model's are
 * validated (the file exists, the lines are in the diff) and their suggested replacements
 * type-checked in a scratch copy.
 *
 * @param file relative to the repository root, forward slashes
 * @param lines the lines of the new version it is about
 * @param rule the checker's code ({@code TS2322}, {@code no-floating-promises}) or the model's
 *     category
 * @param suggestion replacement text for {@code lines}, when one is proposed
 * @param verification what became of the suggestion
 */
public record Finding(
    String file,
    LineRange lines,
    Severity severity,
    String category,
    String message,
    Source source,
    Optional<String> rule,
    Optional<String> suggestion,
    Verification verification) {

  /** How much it matters: BLOCKER findings make the review's exit code non-zero. */
  public enum Severity {
    BLOCKER,
    WARNING,
    INFO
  }

  /** Who found it. */
  public enum Source {
    TSC,
    ESLINT,
    MODEL
  }

  /** What became of a suggested replacement. */
  public enum Verification {
    /** No suggestion. */
    NONE,
    /** Applied in a scratch copy, it compiles and the problem is gone. */
    VERIFIED,
    /** Applied in a scratch copy, it does not compile or the problem stays. */
    FAILED,
    /** Could not be checked (no type checker, time limit, not applicable). */
    UNVERIFIED
  }

  public Finding withVerification(Verification v) {
    return new Finding(file, lines, severity, category, message, source, rule, suggestion, v);
  }
}
