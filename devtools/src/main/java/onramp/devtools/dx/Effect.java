package onramp.devtools.dx;

import java.util.Optional;

/**
 * The estimated effect of the assistant on one weekly team metric: treated teams' change from their
 * own baseline minus the change of teams not yet started over the same weeks, with a 95% bootstrap
 * interval over teams.
 *
 * @param metric what was measured, e.g. "cycle time (hours, weekly median)"
 * @param estimate the average effect on treated team-weeks, in the metric's unit; empty when there
 *     was too little data to estimate
 * @param low lower end of the 95% interval; empty with {@code estimate}
 * @param high upper end of the 95% interval
 * @param verdict what the data can and cannot say
 * @param explanation the verdict in a sentence a reader can act on
 * @param treatedTeams teams with at least one week compared after their start
 * @param comparisonTeams teams used as not-yet-started comparisons
 * @param comparisons treated team-weeks compared
 * @param bootstrapSeed the seed of the bootstrap, so the interval can be reproduced
 */
public record Effect(
    String metric,
    Optional<Double> estimate,
    Optional<Double> low,
    Optional<Double> high,
    Verdict verdict,
    String explanation,
    int treatedTeams,
    int comparisonTeams,
    int comparisons,
    long bootstrapSeed) {

  /** What the data says. */
  public enum Verdict {
    /** The interval excludes zero: an effect, in the estimate's direction. */
    EFFECT,
    /** The interval includes zero: the data cannot tell an effect from none, yet. */
    CANNOT_DECIDE_INTERVAL_INCLUDES_ZERO,
    /** Too few teams or weeks to estimate at all. */
    CANNOT_DECIDE_TOO_LITTLE_DATA
  }
}
