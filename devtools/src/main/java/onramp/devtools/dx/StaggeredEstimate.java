package onramp.devtools.dx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The effect of the assistant on a weekly team metric, estimated against teams not yet started.
 *
 * <p>For each wave {@code g} and each week {@code w} on or after its start, every team's change is
 * its figure in week {@code w} minus its own mean over the weeks before {@code g} started; the
 * effect in that week is the treated teams' mean change minus the mean change of the teams whose
 * wave starts after {@code w} (difference-in-differences with not-yet-treated comparisons, as in
 * Callaway and Sant'Anna, kept to plain means). The overall estimate averages these over treated
 * team-weeks. Teams are the unit of randomisation, so the 95% interval comes from resampling teams
 * with replacement (percentile bootstrap, a recorded seed). With few teams the interval is wide,
 * and says so; it is never replaced by a t-test on team-weeks, which would pretend weeks are
 * independent.
 */
public final class StaggeredEstimate {
  /** A team needs this many weeks with data before its wave to have a baseline. */
  static final int MIN_BASELINE_WEEKS = 2;

  /** Fewer treated or comparison teams than this: too little data to estimate. */
  static final int MIN_TEAMS = 2;

  static final int RESAMPLES = 2000;

  private StaggeredEstimate() {}

  /**
   * @param panel the weekly figures per team
   * @param startWeek each team's first treated week, in the panel's weeks
   * @param seed the bootstrap's seed
   */
  public static Effect estimate(WeeklyPanel panel, Map<String, Integer> startWeek, long seed) {
    List<Unit> units = units(panel, startWeek);
    Optional<Result> point = att(units);
    if (point.isEmpty()
        || point.get().treated.size() < MIN_TEAMS
        || point.get().controls.size() < MIN_TEAMS) {
      int t = point.map(p -> p.treated.size()).orElse(0);
      int c = point.map(p -> p.controls.size()).orElse(0);
      return new Effect(
          panel.metric(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Effect.Verdict.CANNOT_DECIDE_TOO_LITTLE_DATA,
          "Cannot decide yet: too little data. "
              + t
              + " team(s) have weeks after their start to compare and "
              + c
              + " not-yet-started team(s) to compare them with; at least "
              + MIN_TEAMS
              + " of each are needed, each with "
              + MIN_BASELINE_WEEKS
              + "+ weeks of history before the wave.",
          t,
          c,
          point.map(p -> p.comparisons).orElse(0),
          seed);
    }
    Random random = new Random(seed);
    List<Double> draws = new ArrayList<>();
    for (int b = 0; b < RESAMPLES; b++) {
      List<Unit> sample = new ArrayList<>();
      for (int i = 0; i < units.size(); i++) {
        Unit u = units.get(random.nextInt(units.size()));
        sample.add(new Unit(u.team + "#" + i, u.start, u.y));
      }
      att(sample).ifPresent(r -> draws.add(r.value));
    }
    Result r = point.get();
    if (draws.size() < RESAMPLES * 0.9) {
      return new Effect(
          panel.metric(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Effect.Verdict.CANNOT_DECIDE_TOO_LITTLE_DATA,
          "Cannot decide yet: too little data. Too few teams for a stable interval ("
              + (RESAMPLES - draws.size())
              + " of "
              + RESAMPLES
              + " resamples of teams had no comparison at all).",
          r.treated.size(),
          r.controls.size(),
          r.comparisons,
          seed);
    }
    draws.sort(Double::compare);
    double low = draws.get((int) Math.floor(0.025 * (draws.size() - 1)));
    double high = draws.get((int) Math.ceil(0.975 * (draws.size() - 1)));
    boolean includesZero = low <= 0 && high >= 0;
    String interval = String.format(java.util.Locale.ROOT, "[%.2f, %.2f]", low, high);
    String explanation =
        includesZero
            ? "Cannot decide yet: the 95% interval "
                + interval
                + " includes no change; more teams or weeks are needed to tell an effect from none."
            : String.format(
                java.util.Locale.ROOT,
                "%s by %.2f (95%% interval %s) against teams not yet started.",
                r.value < 0 ? "Lower" : "Higher",
                Math.abs(r.value),
                interval);
    return new Effect(
        panel.metric(),
        Optional.of(r.value),
        Optional.of(low),
        Optional.of(high),
        includesZero ? Effect.Verdict.CANNOT_DECIDE_INTERVAL_INCLUDES_ZERO : Effect.Verdict.EFFECT,
        explanation,
        r.treated.size(),
        r.controls.size(),
        r.comparisons,
        seed);
  }

  /** Re-draws of the lottery for {@link #randomisationInterval}. */
  static final int PERMUTATIONS = 1000;

  /** A 95% interval; a bound is infinite when no tested effect that far out could be rejected. */
  public record Interval(double low, double high) {
    public boolean contains(double value) {
      return low <= value && value <= high;
    }
  }

  /**
   * The 95% interval by randomisation inference: every effect {@code tau} that a test re-drawing
   * the recorded lottery cannot reject at 5%. For a hypothesised constant effect {@code tau}, the
   * treated weeks' figures minus {@code tau} would have been the same whatever the lottery drew, so
   * the estimate on them under each re-drawn assignment (the teams' start weeks shuffled among the
   * teams) shows what chance alone gives; {@code tau} is kept when the observed estimate is not in
   * the outer 5% of that spread. Because the estimator is a weighted sum of the figures, each
   * re-draw needs two estimates (on the figures and on the actual treatment indicator), whatever
   * the number of {@code tau} tested.
   *
   * @return empty when the estimate itself cannot be made (too little data)
   */
  public static Optional<Interval> randomisationInterval(
      WeeklyPanel panel, Map<String, Integer> startWeek, long seed) {
    List<Unit> units = units(panel, startWeek);
    List<Unit> indicator = new ArrayList<>();
    for (Unit u : units) {
      Map<Integer, Double> d = new java.util.HashMap<>();
      u.y().keySet().forEach(w -> d.put(w, w >= u.start() ? 1.0 : 0.0));
      indicator.add(new Unit(u.team(), u.start(), d));
    }
    Optional<Result> point = att(units);
    if (point.isEmpty()) {
      return Optional.empty();
    }
    double observed = point.get().value;
    List<Integer> starts = new ArrayList<>(units.stream().map(Unit::start).toList());
    Random random = new Random(seed);
    List<double[]> draws = new ArrayList<>();
    for (int p = 0; p < PERMUTATIONS; p++) {
      java.util.Collections.shuffle(starts, random);
      Optional<Result> a = att(reassigned(units, starts));
      Optional<Result> b = att(reassigned(indicator, starts));
      if (a.isPresent() && b.isPresent()) {
        draws.add(new double[] {a.get().value, b.get().value});
      }
    }
    if (draws.size() < PERMUTATIONS / 2) {
      return Optional.empty();
    }
    double spread =
        Math.max(
            1.0,
            draws.stream().mapToDouble(d -> Math.abs(d[0] - observed * d[1])).max().orElse(1.0));
    double reach = 20 * spread;
    int steps = 4000;
    double low = Double.NaN;
    double high = Double.NaN;
    for (int i = 0; i <= steps; i++) {
      double tau = observed - reach + 2 * reach * i / steps;
      if (accepted(observed, tau, draws)) {
        if (Double.isNaN(low)) {
          low = tau;
        }
        high = tau;
      }
    }
    if (Double.isNaN(low)) {
      return Optional.of(new Interval(observed, observed));
    }
    return Optional.of(
        new Interval(
            low <= observed - reach ? Double.NEGATIVE_INFINITY : low,
            high >= observed + reach ? Double.POSITIVE_INFINITY : high));
  }

  private static boolean accepted(double observed, double tau, List<double[]> draws) {
    // Under "the effect is tau", the observed estimate on figures less tau is observed - tau (the
    // indicator's estimate under the actual lottery is exactly 1).
    double stat = Math.abs(observed - tau);
    int asExtreme = 0;
    for (double[] d : draws) {
      if (Math.abs(d[0] - tau * d[1]) >= stat - 1e-12) {
        asExtreme++;
      }
    }
    return (1.0 + asExtreme) / (1.0 + draws.size()) > 0.05;
  }

  private static List<Unit> reassigned(List<Unit> units, List<Integer> starts) {
    List<Unit> out = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      out.add(new Unit(units.get(i).team, starts.get(i), units.get(i).y));
    }
    return out;
  }

  /** The teams of the panel that have a start week, with their weekly figures. */
  private static List<Unit> units(WeeklyPanel panel, Map<String, Integer> startWeek) {
    List<Unit> units = new ArrayList<>();
    panel
        .values()
        .forEach(
            (team, y) -> {
              Integer s = startWeek.get(team);
              if (s != null) {
                units.add(new Unit(team, s, y));
              }
            });
    return units;
  }

  private record Unit(String team, int start, Map<Integer, Double> y) {
    Optional<Double> baseline(int before) {
      List<Double> pre = new ArrayList<>();
      y.forEach(
          (w, v) -> {
            if (w < before) {
              pre.add(v);
            }
          });
      return pre.size() < MIN_BASELINE_WEEKS
          ? Optional.empty()
          : Optional.of(pre.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }
  }

  private record Result(double value, Set<String> treated, Set<String> controls, int comparisons) {}

  private static Optional<Result> att(List<Unit> units) {
    Set<Integer> weeks = new TreeSet<>();
    units.forEach(u -> weeks.addAll(u.y.keySet()));
    Set<Integer> cohorts = new TreeSet<>();
    units.forEach(u -> cohorts.add(u.start));
    double sum = 0;
    int weight = 0;
    Set<String> treated = new HashSet<>();
    Set<String> controls = new HashSet<>();
    for (int s : cohorts) {
      for (int w : weeks) {
        if (w < s) {
          continue;
        }
        List<Double> t = new ArrayList<>();
        List<String> tNames = new ArrayList<>();
        List<Double> c = new ArrayList<>();
        List<String> cNames = new ArrayList<>();
        for (Unit u : units) {
          boolean inCohort = u.start == s;
          boolean notYet = u.start > w;
          Double now = u.y.get(w);
          if ((!inCohort && !notYet) || now == null) {
            continue;
          }
          Optional<Double> base = u.baseline(s);
          if (base.isEmpty()) {
            continue;
          }
          (inCohort ? t : c).add(now - base.get());
          (inCohort ? tNames : cNames).add(u.team);
        }
        if (t.isEmpty() || c.isEmpty()) {
          continue;
        }
        sum += (mean(t) - mean(c)) * t.size();
        weight += t.size();
        treated.addAll(tNames);
        controls.addAll(cNames);
      }
    }
    return weight == 0
        ? Optional.empty()
        : Optional.of(new Result(sum / weight, treated, controls, weight));
  }

  private static double mean(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }
}
