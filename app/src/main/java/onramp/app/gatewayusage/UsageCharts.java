package onramp.app.gatewayusage;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import onramp.app.system.charts.Charts;
import onramp.app.system.charts.Unit;
import onramp.gateway.usage.DailySeries;
import onramp.gateway.usage.UsageTotals;

/** The page's charts, in dollars: per day stacked by team, and ranked bars by tool, model, key. */
final class UsageCharts {
  private static final List<String> PALETTE = Charts.PALETTE;
  private static final String OTHERS = Charts.OTHERS;
  private static final int MOST_BARS = 12;

  private UsageCharts() {}

  /** One bar a day, a segment per team: the seven dearest teams, the rest together. */
  static String perDayByTeam(YearMonth month, DailySeries series) {
    List<DailySeries.Line> lines = series.lines();
    int named = lines.size() <= PALETTE.size() + 1 ? lines.size() : PALETTE.size();
    List<Charts.Bar> bars = new ArrayList<>();
    for (int day = 0; day < series.days().size(); day++) {
      List<Charts.Segment> segments = new ArrayList<>();
      UsageTotals rest = UsageTotals.NONE;
      for (int i = 0; i < lines.size(); i++) {
        UsageTotals t = lines.get(i).perDay().get(day);
        if (i < named) {
          segments.add(
              new Charts.Segment(
                  t.costUsd().doubleValue(), PALETTE.get(i), lines.get(i).value().orElse("?")));
        } else {
          rest = rest.plus(t);
        }
      }
      if (named < lines.size()) {
        segments.add(
            new Charts.Segment(
                rest.costUsd().doubleValue(), OTHERS, (lines.size() - named) + " other teams"));
      }
      bars.add(new Charts.Bar(Integer.toString(series.days().get(day).getDayOfMonth()), segments));
    }
    return Charts.stackedBars(
        "Dollars per day in " + name(month) + ", by team",
        new Charts.Axes("Day of " + name(month) + " (UTC)", "US dollars", Unit.DOLLARS),
        bars);
  }

  /** Named amounts, dearest first: the first dozen, then the rest as one bar. */
  static String ranked(String title, List<Named> amounts) {
    List<Charts.Bar> bars = new ArrayList<>();
    double rest = 0;
    for (int i = 0; i < amounts.size(); i++) {
      Named a = amounts.get(i);
      if (i < MOST_BARS || amounts.size() == MOST_BARS + 1) {
        bars.add(Charts.Bar.of(a.name(), a.totals().costUsd().doubleValue(), PALETTE.getFirst()));
      } else {
        rest += a.totals().costUsd().doubleValue();
      }
    }
    if (amounts.size() > MOST_BARS + 1) {
      bars.add(Charts.Bar.of((amounts.size() - MOST_BARS) + " others", rest, OTHERS));
    }
    return Charts.horizontalBars(title, new Charts.Axes("", "US dollars", Unit.DOLLARS), bars);
  }

  /** A name and its totals. */
  record Named(String name, UsageTotals totals) {}

  static String name(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + month.getYear();
  }
}
