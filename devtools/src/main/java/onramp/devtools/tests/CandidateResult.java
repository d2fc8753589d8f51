package onramp.devtools.tests;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One proposed test and the gate's verdict.
 *
 * @param reason why it was rejected (the type errors, the failing assertion), or what it added
 * @param addedLines the function's lines it covers that no existing (or earlier kept) test did
 */
public record CandidateResult(
    ProposedTest test, Verdict verdict, String reason, SortedSet<Integer> addedLines) {
  public CandidateResult {
    addedLines = new TreeSet<>(addedLines);
  }

  static CandidateResult rejected(ProposedTest test, Verdict verdict, String reason) {
    return new CandidateResult(test, verdict, reason, new TreeSet<>());
  }

  static CandidateResult kept(ProposedTest test, Set<Integer> added) {
    return new CandidateResult(
        test,
        Verdict.KEPT,
        "covers line(s) " + Lines.list(added) + " no existing test covered",
        new TreeSet<>(added));
  }
}
