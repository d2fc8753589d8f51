package onramp.devtools.tests;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What became of the tests proposed for one function.
 *
 * @param uncoveredBefore the function's lines no existing test ran
 * @param problem why no test could be proposed (the model unavailable or refusing), when so
 */
public record FunctionReport(
    TargetFunction function,
    SortedSet<Integer> uncoveredBefore,
    List<CandidateResult> candidates,
    Optional<String> problem) {
  public FunctionReport {
    uncoveredBefore = new TreeSet<>(uncoveredBefore);
    candidates = List.copyOf(candidates);
  }

  public Counts counts() {
    return Counts.of(candidates);
  }
}
