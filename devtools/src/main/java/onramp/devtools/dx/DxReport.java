package onramp.devtools.dx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What leadership reads about the assistant, team by team and never person by person: adoption,
 * what became of findings, cost per engineer, the estimated effect on cycle time and rework with
 * its interval, and what the survey says, always together. It refuses to be made from telemetry
 * without the survey or the survey without telemetry: people feel faster when they are slower
 * (METR, 2025), so neither alone is evidence.
 */
public record DxReport(
    LocalDate from,
    LocalDate to,
    Optional<ExperimentPlan> plan,
    List<TeamUsage> teams,
    List<Effect> effects,
    List<SurveySummary> survey,
    List<String> notes) {

  /** Answers per team and wave below this are not shown, so no one's answer can be singled out. */
  public static final int MIN_SURVEY_ANSWERS = 3;

  public DxReport {
    teams = List.copyOf(teams);
    effects = List.copyOf(effects);
    survey = List.copyOf(survey);
    notes = List.copyOf(notes);
  }

  /** One team's use of the assistant over the period. */
  public record TeamUsage(
      String team,
      Optional<Integer> wave,
      Optional<LocalDate> starts,
      Map<LocalDate, Integer> weeklyActiveEngineers,
      int activeEngineers,
      int runs,
      int findings,
      int accepted,
      int dismissed,
      int fixed,
      BigDecimal costUsd) {

    /** Accepted or fixed findings over all findings; empty without findings. */
    public Optional<Double> acceptanceRate() {
      return findings == 0 ? Optional.empty() : Optional.of((double) (accepted + fixed) / findings);
    }

    public Optional<BigDecimal> costPerEngineer() {
      return activeEngineers == 0
          ? Optional.empty()
          : Optional.of(
              costUsd.divide(BigDecimal.valueOf(activeEngineers), 2, RoundingMode.HALF_UP));
    }
  }

  /** A team's survey answers in one wave; the means are empty when too few answered. */
  public record SurveySummary(
      String team,
      int wave,
      boolean started,
      int answers,
      Optional<Double> speed,
      Optional<Double> quality,
      Optional<Double> satisfaction) {}

  /**
   * The period a report covers unless told: to tomorrow (exclusive), from eight weeks before the
   * rollout's start (the baseline the effect needs), else twelve weeks back.
   */
  public record Period(LocalDate from, LocalDate to) {}

  public static Period defaultPeriod(
      Optional<ExperimentPlan> plan,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      LocalDate today) {
    LocalDate until = to.orElse(today.plusDays(1));
    LocalDate since =
        from.orElse(plan.map(p -> p.start().minusWeeks(8)).orElse(until.minusWeeks(12)));
    return new Period(since, until);
  }

  /**
   * Builds the report for {@code [from, to)}: runs and survey from the store, delivery metrics from
   * the teams' repositories the store lists, the effect against the stored plan.
   */
  public static DxReport build(DxStore store, LocalDate from, LocalDate to, long bootstrapSeed) {
    Instant a = from.atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant b = to.atStartOfDay().toInstant(ZoneOffset.UTC);
    List<DxStore.StoredRun> runs = store.runs(a, b);
    List<SurveyResponse> answers = store.survey(a, b);
    if (runs.isEmpty() && answers.isEmpty()) {
      throw new DxException(
          "Nothing to report between "
              + from
              + " and "
              + to
              + ": no review runs and no survey answers.");
    }
    if (answers.isEmpty()) {
      throw new DxException(
          "No survey answers between "
              + from
              + " and "
              + to
              + ". The report never shows usage and delivery figures without what engineers say"
              + " (people believe they are faster when measured slower): collect answers with"
              + " ./onramp dx survey, then run the report again.");
    }
    if (runs.isEmpty()) {
      throw new DxException(
          "No review runs recorded between "
              + from
              + " and "
              + to
              + ". The report never shows the survey without the telemetry beside it: check that"
              + " ./onramp ts review records runs (the team and the database), or widen --from/--to.");
    }
    Optional<ExperimentPlan> plan = store.plan();
    List<String> notes = new ArrayList<>();
    List<TeamUsage> teams = usage(store, runs, plan, a, b);
    List<Effect> effects = new ArrayList<>();
    if (plan.isEmpty()) {
      notes.add(
          "No rollout plan: the effect on delivery is not estimated. Draw one with ./onramp dx plan.");
    } else {
      Map<String, List<MergedChange>> changes = new TreeMap<>();
      for (DxStore.TeamRepository r : store.repositories()) {
        try {
          changes
              .computeIfAbsent(r.team(), t -> new ArrayList<>())
              .addAll(DeliveryHistory.read(Path.of(r.location()), r.branch()));
        } catch (DxException e) {
          notes.add("Team " + r.team() + ": " + e.getMessage());
        }
      }
      if (changes.isEmpty()) {
        notes.add(
            "No team repository could be read: the effect on delivery is not estimated. Add them with"
                + " ./onramp dx repo --team T DIR.");
      } else {
        ExperimentPlan p = plan.get();
        Map<String, Integer> startWeek = new HashMap<>();
        p.assignments()
            .forEach(x -> startWeek.put(x.team(), WeeklyPanel.week(p.start(), x.starts())));
        effects.add(
            StaggeredEstimate.estimate(
                WeeklyPanel.cycleTimeHours(p.start(), changes, from, to),
                startWeek,
                bootstrapSeed));
        effects.add(
            StaggeredEstimate.estimate(
                WeeklyPanel.reworkPercent(p.start(), changes, from, to), startWeek, bootstrapSeed));
        notes.add(
            "Rework counts only changes merged at least 21 days before the newest commit read; the"
                + " interval is a percentile bootstrap over teams, which is too narrow when there are few"
                + " teams (about 90% coverage for 8 teams in our simulation), so read 'cannot decide' as"
                + " the honest answer when it is close.");
      }
    }
    notes.add(
        "A finding counts as fixed when a later commit changed its lines: evidence of acting on it, not proof.");
    return new DxReport(from, to, plan, teams, effects, survey(answers, plan), notes);
  }

  private static List<TeamUsage> usage(
      DxStore store,
      List<DxStore.StoredRun> runs,
      Optional<ExperimentPlan> plan,
      Instant a,
      Instant b) {
    Set<String> names = new TreeSet<>();
    runs.forEach(r -> names.add(r.team()));
    plan.ifPresent(p -> names.addAll(p.teams()));
    List<DxStore.StoredFinding> findings = store.findings(a, b);
    List<TeamUsage> out = new ArrayList<>();
    for (String team : names) {
      Map<LocalDate, Set<String>> weekly = new TreeMap<>();
      Set<String> engineers = new HashSet<>();
      BigDecimal cost = BigDecimal.ZERO;
      int count = 0;
      for (DxStore.StoredRun r : runs) {
        if (r.team().equals(team)) {
          LocalDate monday =
              r.startedAt()
                  .atZone(ZoneOffset.UTC)
                  .toLocalDate()
                  .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          weekly.computeIfAbsent(monday, m -> new HashSet<>()).add(r.engineerPseudonym());
          engineers.add(r.engineerPseudonym());
          cost = cost.add(r.costUsd());
          count++;
        }
      }
      Map<LocalDate, Integer> active = new TreeMap<>();
      weekly.forEach((w, s) -> active.put(w, s.size()));
      int total = 0;
      int accepted = 0;
      int dismissed = 0;
      int fixed = 0;
      for (DxStore.StoredFinding f : findings) {
        if (!f.team().equals(team)) {
          continue;
        }
        total++;
        if (f.fate().isPresent()) {
          switch (f.fate().get()) {
            case ACCEPTED -> accepted++;
            case DISMISSED -> dismissed++;
            case FIXED -> fixed++;
          }
        }
      }
      Optional<ExperimentPlan.Assignment> assignment = plan.flatMap(p -> p.team(team));
      out.add(
          new TeamUsage(
              team,
              assignment.map(ExperimentPlan.Assignment::wave),
              assignment.map(ExperimentPlan.Assignment::starts),
              active,
              engineers.size(),
              count,
              total,
              accepted,
              dismissed,
              fixed,
              cost));
    }
    return out;
  }

  private static List<SurveySummary> survey(
      List<SurveyResponse> answers, Optional<ExperimentPlan> plan) {
    Map<String, Map<Integer, List<SurveyResponse>>> by = new TreeMap<>();
    answers.forEach(
        r ->
            by.computeIfAbsent(r.team(), t -> new TreeMap<>())
                .computeIfAbsent(r.wave(), w -> new ArrayList<>())
                .add(r));
    List<SurveySummary> out = new ArrayList<>();
    by.forEach(
        (team, waves) ->
            waves.forEach(
                (wave, list) -> {
                  boolean shown = list.size() >= MIN_SURVEY_ANSWERS;
                  boolean started =
                      plan.flatMap(p -> p.team(team)).map(x -> x.wave() <= wave).orElse(false);
                  out.add(
                      new SurveySummary(
                          team,
                          wave,
                          started,
                          list.size(),
                          mean(shown, list, SurveyResponse::speed),
                          mean(shown, list, SurveyResponse::quality),
                          mean(shown, list, SurveyResponse::satisfaction)));
                }));
    return out;
  }

  private static Optional<Double> mean(
      boolean shown,
      List<SurveyResponse> list,
      java.util.function.ToIntFunction<SurveyResponse> q) {
    return shown ? Optional.of(list.stream().mapToInt(q).average().orElse(0)) : Optional.empty();
  }
}
