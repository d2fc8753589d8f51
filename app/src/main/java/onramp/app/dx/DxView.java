package onramp.app.dx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import onramp.app.system.charts.Charts;
import onramp.app.system.charts.Unit;
import onramp.devtools.dx.DxReport;
import onramp.devtools.dx.Effect;
import onramp.devtools.dx.ExperimentPlan;

/** The dx report as the page shows it: text already written, charts already drawn. */
record DxView(
    String plan,
    List<EffectRow> effects,
    List<TeamRow> teams,
    List<SurveyRow> survey,
    List<String> notes,
    String activeChart,
    String fatesChart) {

  static final String WEEK_AXIS = "Week starting Monday (UTC)";

  /** One estimated effect with its interval and what it means. */
  record EffectRow(
      String metric,
      String estimate,
      String interval,
      String verdict,
      String explanation,
      String basis) {}

  /** One team's use of the assistant. */
  record TeamRow(
      String team,
      String wave,
      String starts,
      int activeEngineers,
      int runs,
      int findings,
      int accepted,
      int fixed,
      int dismissed,
      String acceptance,
      String cost,
      String costPerEngineer) {}

  /** One team's survey answers in one wave. */
  record SurveyRow(
      String team,
      int wave,
      String usingIt,
      int answers,
      String speed,
      String quality,
      String satisfaction) {}

  static DxView of(DxReport r) {
    List<EffectRow> effects = new ArrayList<>();
    for (Effect e : r.effects()) {
      effects.add(
          new EffectRow(
              e.metric(),
              e.estimate().map(DxView::signed).orElse("—"),
              e.low().isPresent() && e.high().isPresent()
                  ? signed(e.low().get()) + " to " + signed(e.high().get())
                  : "—",
              switch (e.verdict()) {
                case EFFECT -> "An effect";
                case CANNOT_DECIDE_INTERVAL_INCLUDES_ZERO -> "Cannot decide yet";
                case CANNOT_DECIDE_TOO_LITTLE_DATA -> "Too little data";
              },
              e.explanation(),
              String.format(
                  Locale.US,
                  "%d treated team(s) against %d not yet started, %d team-weeks compared;"
                      + " bootstrap seed %d",
                  e.treatedTeams(),
                  e.comparisonTeams(),
                  e.comparisons(),
                  e.bootstrapSeed())));
    }
    List<TeamRow> teams = new ArrayList<>();
    for (DxReport.TeamUsage t : r.teams()) {
      teams.add(
          new TeamRow(
              t.team(),
              t.wave().map(w -> Integer.toString(w + 1)).orElse("—"),
              t.starts().map(LocalDate::toString).orElse("not in the plan"),
              t.activeEngineers(),
              t.runs(),
              t.findings(),
              t.accepted(),
              t.fixed(),
              t.dismissed(),
              t.acceptanceRate()
                  .map(a -> String.format(Locale.US, "%.0f%%", 100 * a))
                  .orElse("no findings"),
              dollars(t.costUsd()),
              t.costPerEngineer().map(DxView::dollars).orElse("—")));
    }
    List<SurveyRow> survey = new ArrayList<>();
    for (DxReport.SurveySummary s : r.survey()) {
      survey.add(
          new SurveyRow(
              s.team(),
              s.wave() + 1,
              s.started() ? "yes" : "not yet",
              s.answers(),
              score(s.speed()),
              score(s.quality()),
              score(s.satisfaction())));
    }
    return new DxView(
        r.plan().map(DxView::plan).orElse("No rollout plan yet (./onramp dx plan draws one)."),
        effects,
        teams,
        survey,
        r.notes(),
        activeChart(r),
        fatesChart(r));
  }

  private static String plan(ExperimentPlan p) {
    return String.format(
        Locale.US,
        "%d teams assigned at random (seed %d) to %d waves, %d week(s) apart, from %s. Until its wave"
            + " starts a team is a comparison for the teams already using the assistant.",
        p.assignments().size(),
        p.seed(),
        p.waves(),
        p.waveWeeks(),
        p.start());
  }

  /** Weekly active engineers, one bar a week, a segment per team. */
  private static String activeChart(DxReport r) {
    TreeSet<LocalDate> weeks = new TreeSet<>();
    r.teams().forEach(t -> weeks.addAll(t.weeklyActiveEngineers().keySet()));
    List<Charts.Bar> bars = new ArrayList<>();
    for (LocalDate week : weeks) {
      List<Charts.Segment> segments = new ArrayList<>();
      for (int i = 0; i < r.teams().size(); i++) {
        DxReport.TeamUsage t = r.teams().get(i);
        segments.add(
            new Charts.Segment(
                t.weeklyActiveEngineers().getOrDefault(week, 0), colour(i), t.team()));
      }
      bars.add(new Charts.Bar(week.toString().substring(5), segments));
    }
    return Charts.stackedBars(
        "Engineers who ran a review, per week",
        new Charts.Axes(WEEK_AXIS, "Active engineers", Unit.COUNT),
        bars);
  }

  /** What became of the findings, one bar per team. */
  private static String fatesChart(DxReport r) {
    List<Charts.Bar> bars = new ArrayList<>();
    for (DxReport.TeamUsage t : r.teams()) {
      int open = t.findings() - t.accepted() - t.fixed() - t.dismissed();
      bars.add(
          new Charts.Bar(
              t.team(),
              List.of(
                  new Charts.Segment(t.accepted(), Charts.PALETTE.get(2), "accepted"),
                  new Charts.Segment(t.fixed(), Charts.PALETTE.get(0), "fixed in a later commit"),
                  new Charts.Segment(t.dismissed(), Charts.PALETTE.get(5), "dismissed"),
                  new Charts.Segment(open, Charts.OTHERS, "no verdict yet"))));
    }
    return Charts.stackedBars(
        "What became of the findings, by team",
        new Charts.Axes("Team", "Findings", Unit.COUNT),
        bars);
  }

  private static String colour(int i) {
    return i < Charts.PALETTE.size() ? Charts.PALETTE.get(i) : Charts.OTHERS;
  }

  private static String signed(double v) {
    return String.format(Locale.US, "%+.1f", v).replace('-', '−');
  }

  private static String dollars(BigDecimal usd) {
    return String.format(Locale.US, "$%,.2f", usd);
  }

  private static String score(Optional<Double> mean) {
    return mean.map(m -> String.format(Locale.US, "%.1f", m)).orElse("hidden (< 3 answers)");
  }
}
