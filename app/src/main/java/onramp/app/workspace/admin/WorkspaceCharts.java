package onramp.app.workspace.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import onramp.app.system.charts.Charts;
import onramp.app.system.charts.Unit;
import onramp.workspace.usage.DateRange;
import onramp.workspace.usage.UsageRow;
import onramp.workspace.usage.UsageTotals;

/** The workspace's charts: per ISO week (stacked by team, or one series) and ranked bars. */
final class WorkspaceCharts {
  private static final List<String> PALETTE = Charts.PALETTE;
  private static final String OTHERS = Charts.OTHERS;
  private static final int MOST_BARS = 12;
  static final String WEEK_AXIS = "ISO week (Monday to Sunday, UTC)";

  private WorkspaceCharts() {}

  /** A value the charts draw from a set of runs. */
  record Measure(String axis, Unit unit, ToDoubleFunction<UsageTotals> value) {}

  static final Measure DOLLARS =
      new Measure("US dollars", Unit.DOLLARS, t -> t.costUsd().doubleValue());
  static final Measure PEOPLE = new Measure("People with a run", Unit.COUNT, t -> t.activeUsers());
  static final Measure RUNS = new Measure("Runs", Unit.COUNT, t -> t.runs());

  /**
   * The teams in the order the charts stack and colour them: most dollars first, so that a team
   * keeps its colour from one chart to the next.
   */
  static List<String> teamOrder(List<UsageRow> rows) {
    Map<String, Double> size = new LinkedHashMap<>();
    for (UsageRow r : rows) {
      size.merge(r.group().orElse("?"), DOLLARS.value().applyAsDouble(r.totals()), Double::sum);
    }
    return size.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * One bar per week, a segment per team in {@code teams} order: the first seven named, the rest
   * together.
   */
  static String perWeekByTeam(
      String title, DateRange range, List<UsageRow> rows, List<String> teams, Measure m) {
    int named = teams.size() <= PALETTE.size() + 1 ? teams.size() : PALETTE.size();
    List<Charts.Bar> bars = new ArrayList<>();
    for (LocalDate monday : range.weeks()) {
      double[] values = new double[teams.size()];
      for (UsageRow r : rows) {
        if (r.bucket().orElseThrow().equals(monday)) {
          values[teams.indexOf(r.group().orElse("?"))] += m.value().applyAsDouble(r.totals());
        }
      }
      List<Charts.Segment> segments = new ArrayList<>();
      double rest = 0;
      for (int i = 0; i < teams.size(); i++) {
        if (i < named) {
          segments.add(new Charts.Segment(values[i], PALETTE.get(i), teams.get(i)));
        } else {
          rest += values[i];
        }
      }
      if (named < teams.size()) {
        segments.add(new Charts.Segment(rest, OTHERS, (teams.size() - named) + " other teams"));
      }
      bars.add(new Charts.Bar(Weeks.label(monday), segments));
    }
    return Charts.stackedBars(title, new Charts.Axes(WEEK_AXIS, m.axis(), m.unit()), bars);
  }

  /** One bar per week of a single series (one person's own usage). */
  static String perWeek(String title, List<UsageRow> everyWeek, Measure m) {
    List<Charts.Bar> bars =
        everyWeek.stream()
            .map(
                r ->
                    Charts.Bar.of(
                        Weeks.label(r.bucket().orElseThrow()),
                        m.value().applyAsDouble(r.totals()),
                        PALETTE.getFirst()))
            .toList();
    return Charts.stackedBars(title, new Charts.Axes(WEEK_AXIS, m.axis(), m.unit()), bars);
  }

  /** Ranked bars, most first: the first dozen, then the rest as one bar. */
  static String ranked(String title, String categories, List<UsageRow> rows, Measure m) {
    List<UsageRow> sorted =
        rows.stream()
            .sorted(
                Comparator.comparingDouble((UsageRow r) -> m.value().applyAsDouble(r.totals()))
                    .reversed())
            .toList();
    List<Charts.Bar> bars = new ArrayList<>();
    double rest = 0;
    for (int i = 0; i < sorted.size(); i++) {
      UsageRow r = sorted.get(i);
      double v = m.value().applyAsDouble(r.totals());
      if (i < MOST_BARS || sorted.size() == MOST_BARS + 1) {
        bars.add(Charts.Bar.of(r.group().orElse("(no template)"), v, PALETTE.getFirst()));
      } else {
        rest += v;
      }
    }
    if (sorted.size() > MOST_BARS + 1) {
      bars.add(Charts.Bar.of((sorted.size() - MOST_BARS) + " others", rest, OTHERS));
    }
    return Charts.horizontalBars(title, new Charts.Axes(categories, m.axis(), m.unit()), bars);
  }
}
