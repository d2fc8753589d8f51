package onramp.devtools.tests;

/** What the gate made of a proposed test, in the order the gate checks. */
public enum Verdict {
  /** Does not type-check with the repository's own {@code tsc}. */
  NOT_BUILT("does not compile"),
  /** Compiles; fails its first run. */
  FAILED("fails"),
  /** Passed its first run, failed its second. */
  FLAKY("flaky: passed once, then failed"),
  /** Passed twice; covers no line of the function that the existing tests did not. */
  NO_NEW_COVERAGE("adds no coverage"),
  /** Passed twice and covers lines no existing test did. */
  KEPT("kept");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean built() {
    return this != NOT_BUILT;
  }

  public boolean passed() {
    return this == NO_NEW_COVERAGE || this == KEPT;
  }
}
