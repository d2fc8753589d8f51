package onramp.devtools.tests;

import java.util.List;

/** The TestGen-LLM funnel: proposed, built (type-checks), passed (twice), kept (added coverage). */
public record Counts(int proposed, int built, int passed, int kept) {

  static Counts of(List<CandidateResult> candidates) {
    return new Counts(
        candidates.size(),
        (int) candidates.stream().filter(c -> c.verdict().built()).count(),
        (int) candidates.stream().filter(c -> c.verdict().passed()).count(),
        (int) candidates.stream().filter(c -> c.verdict() == Verdict.KEPT).count());
  }

  Counts plus(Counts o) {
    return new Counts(proposed + o.proposed, built + o.built, passed + o.passed, kept + o.kept);
  }

  /** {@code 4 of 5 (80%)}-style share of the proposed. */
  String share(int n) {
    return proposed == 0 ? "0" : n + " (" + Math.round(100.0 * n / proposed) + "%)";
  }
}
