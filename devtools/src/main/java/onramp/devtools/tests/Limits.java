package onramp.devtools.tests;

import java.time.Duration;

/**
 * Time limits of the external steps, and how much is asked of the model.
 *
 * @param listing listing a change's exported functions (one Node process)
 * @param typeCheck one {@code tsc --noEmit} over the proposed test files
 * @param testRun one Vitest run (of one test file, or of the existing tests with coverage)
 * @param maxFunctions functions asked about per run; the rest are listed as left out
 */
public record Limits(Duration listing, Duration typeCheck, Duration testRun, int maxFunctions) {
  public Limits {
    if (maxFunctions < 1) {
      throw new IllegalArgumentException("maxFunctions must be at least 1, was " + maxFunctions);
    }
  }

  public static Limits standard() {
    return new Limits(Duration.ofSeconds(60), Duration.ofMinutes(3), Duration.ofMinutes(2), 20);
  }
}
