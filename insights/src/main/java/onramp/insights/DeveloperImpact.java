package onramp.insights;

import java.util.List;
import java.util.Optional;

/**
 * The TypeScript assistant's effect on developers for the month, as the devtools statistics compute
 * it (with confidence intervals). insights does not depend on devtools: the app supplies this
 * through {@link Source}.
 */
public sealed interface DeveloperImpact {

  /** Supplies the figures for a month; the app implements it with devtools' DxReport. */
  @FunctionalInterface
  interface Source {
    DeveloperImpact forMonth(ReportMonth month);

    /** For a report made without devtools: says so instead of a figure. */
    static Source unavailable(String why) {
      return month -> new Unknown(why);
    }
  }

  /** The figures. */
  record Known(
      int teams,
      int activeEngineers,
      int runs,
      int findings,
      Optional<Double> acceptanceRate,
      List<Effect> effects,
      List<String> notes)
      implements DeveloperImpact {}

  /** No figures, and why (no runs, no survey, no plan…). */
  record Unknown(String why) implements DeveloperImpact {}

  /** An estimated effect with its interval. */
  record Effect(
      String metric,
      Optional<Double> estimate,
      Optional<Double> low,
      Optional<Double> high,
      String verdict,
      String explanation) {}
}
