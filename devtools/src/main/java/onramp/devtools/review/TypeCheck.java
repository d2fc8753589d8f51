package onramp.devtools.review;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import onramp.devtools.Finding;

/**
 * Type-checks a directory with the project's own compiler ({@code tsc --noEmit}) and gives every
 * diagnostic of the project as a finding (source {@code TSC}, rule {@code TS2322}…), not only those
 * on changed lines: a verifier compares before and after.
 */
@FunctionalInterface
public interface TypeCheck {

  /**
   * @throws Unavailable when no type check is possible (no TypeScript installed, no Node) or it
   *     does not finish within {@code limit}
   */
  List<Finding> run(Path dir, Duration limit);

  /** The type check could not give an answer; the message says why and what to do. */
  final class Unavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Unavailable(String message) {
      super(message);
    }
  }
}
