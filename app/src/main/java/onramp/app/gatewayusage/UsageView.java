package onramp.app.gatewayusage;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import onramp.gateway.usage.DailySeries;
import onramp.gateway.usage.Dimension;
import onramp.gateway.usage.Granularity;
import onramp.gateway.usage.Period;
import onramp.gateway.usage.UsageQuery;
import onramp.gateway.usage.UsageReport;
import onramp.gateway.usage.UsageRequest;
import onramp.gateway.usage.UsageRow;
import onramp.gateway.usage.UsageTotals;

/**
 * Everything the usage page shows for one month, written for reading: totals, charts (SVG), tables,
 * the months to pick from and the export links.
 */
record UsageView(
    Month month,
    List<Month> months,
    Optional<Month> previous,
    Optional<Month> next,
    Totals totals,
    Svgs charts,
    List<UsageTable> tables,
    List<Link> exports) {

  /** A month: {@code 2026-03} in links, {@code March 2026} on the page. */
  record Month(String value, String name) {
    static Month of(YearMonth m) {
      return new Month(m.toString(), UsageCharts.name(m));
    }
  }

  /** The month's figures at the top of the page. */
  record Totals(
      boolean empty,
      String calls,
      String outcomes,
      String tokens,
      String tokenParts,
      String dollars,
      String exactDollars,
      String cacheShare) {

    static Totals of(UsageTotals t) {
      var u = t.tokens();
      return new Totals(
          t.calls() == 0,
          Figures.count(t.calls()),
          Figures.count(t.ok())
              + " answered · "
              + Figures.count(t.refused())
              + " refused · "
              + Figures.count(t.failed())
              + " failed",
          Figures.count(u.total()),
          "input "
              + Figures.count(u.input())
              + " · output "
              + Figures.count(u.output())
              + " · cache read "
              + Figures.count(u.cacheRead())
              + " · cache writes "
              + Figures.count(u.cacheWrite5m() + u.cacheWrite1h()),
          Figures.dollars(t.costUsd()),
          Figures.exactDollars(t.costUsd()),
          Figures.percent(t.cacheReadShare()));
    }
  }

  /** The charts, as inline SVG. */
  record Svgs(String perDayByTeam, String byTool, String byModel, String byKey) {}

  record Link(String label, String href) {}

  private static final int PICKABLE_MONTHS = 13;

  static UsageView of(UsageQuery usage, YearMonth month, YearMonth current) {
    // One pass over the month's audit trail; every chart and table is a roll-up of it.
    UsageReport all =
        usage.report(
            UsageRequest.of(
                Period.month(month),
                Granularity.DAY,
                Dimension.KEY,
                Dimension.TEAM,
                Dimension.TOOL,
                Dimension.MODEL));
    DailySeries perDay = DailySeries.of(all.rollUp(List.of(Dimension.TEAM), Granularity.DAY));
    UsageReport byTool = all.rollUp(List.of(Dimension.TOOL), Granularity.MONTH);
    UsageReport byModel = all.rollUp(List.of(Dimension.MODEL), Granularity.MONTH);
    UsageReport byKey =
        all.rollUp(List.of(Dimension.KEY, Dimension.TEAM, Dimension.TOOL), Granularity.MONTH);

    List<UsageCharts.Named> teams =
        perDay.lines().stream()
            .map(l -> new UsageCharts.Named(l.value().orElse("?"), l.total()))
            .toList();
    List<UsageCharts.Named> tools = named(byTool, r -> r.value(Dimension.TOOL).orElse("?"));
    List<UsageCharts.Named> models = named(byModel, r -> r.value(Dimension.MODEL).orElse("?"));
    List<UsageCharts.Named> keys = named(byKey, UsageView::keyName);
    String name = UsageCharts.name(month);
    Svgs charts =
        new Svgs(
            UsageCharts.perDayByTeam(month, perDay),
            UsageCharts.ranked("Dollars by tool, " + name, tools),
            UsageCharts.ranked("Dollars by model, " + name, models),
            UsageCharts.ranked("Dollars by virtual key, " + name, keys));

    List<UsageTable> tables =
        List.of(
            table("by-team", "By team", List.of("Team"), teams),
            table("by-tool", "By tool", List.of("Tool"), tools),
            table("by-model", "By model", List.of("Model"), models),
            new UsageTable(
                "by-key",
                "By virtual key",
                List.of("Key", "Team", "Tool"),
                byKey.rows().stream()
                    .map(
                        r ->
                            UsageTable.Row.of(
                                List.of(
                                    keyHint(r),
                                    r.value(Dimension.TEAM).orElse("?"),
                                    r.value(Dimension.TOOL).orElse("?")),
                                r.totals()))
                    .toList()),
            perDayTable(perDay));

    UsageTotals totals =
        perDay.lines().stream()
            .map(DailySeries.Line::total)
            .reduce(UsageTotals.NONE, UsageTotals::plus);
    return new UsageView(
        Month.of(month),
        pickable(month, current),
        Optional.of(Month.of(month.minusMonths(1))),
        month.isBefore(current) ? Optional.of(Month.of(month.plusMonths(1))) : Optional.empty(),
        Totals.of(totals),
        charts,
        tables,
        exports(month));
  }

  /** The current month and the twelve before it, newest first; the shown one always included. */
  private static List<Month> pickable(YearMonth shown, YearMonth current) {
    List<Month> out = new ArrayList<>();
    for (int i = 0; i < PICKABLE_MONTHS; i++) {
      out.add(Month.of(current.minusMonths(i)));
    }
    if (out.stream().noneMatch(m -> m.value().equals(shown.toString()))) {
      out.add(Month.of(shown));
    }
    return out;
  }

  private static List<Link> exports(YearMonth month) {
    String base = "/api/gateway/usage?month=" + month;
    return List.of(
        new Link("CSV by team per day", base + "&by=team&per=day&format=csv"),
        new Link("CSV by team, tool and model", base + "&by=team,tool,model&format=csv"),
        new Link("CSV by virtual key", base + "&by=key,team,tool&format=csv"),
        new Link("CSV by user", base + "&by=user,team&format=csv"),
        new Link("JSON by team per day", base + "&by=team&per=day&format=json"));
  }

  private static List<UsageCharts.Named> named(
      UsageReport report, Function<UsageRow, String> name) {
    return report.rows().stream()
        .map(r -> new UsageCharts.Named(name.apply(r), r.totals()))
        .toList();
  }

  private static UsageTable table(
      String id, String caption, List<String> columns, List<UsageCharts.Named> rows) {
    return new UsageTable(
        id,
        caption,
        columns,
        rows.stream().map(n -> UsageTable.Row.of(List.of(n.name()), n.totals())).toList());
  }

  private static UsageTable perDayTable(DailySeries perDay) {
    List<UsageTable.Row> rows = new ArrayList<>();
    List<UsageTotals> totals = perDay.totalsPerDay();
    for (int i = 0; i < totals.size(); i++) {
      if (totals.get(i).calls() > 0) {
        rows.add(UsageTable.Row.of(List.of(perDay.days().get(i).toString()), totals.get(i)));
      }
    }
    return new UsageTable("per-day", "Per day (days with calls)", List.of("Day (UTC)"), rows);
  }

  /** How a key is shown in a chart: its hint, or "no key", with the team and tool it served. */
  private static String keyName(UsageRow row) {
    return keyHint(row)
        + " · "
        + row.value(Dimension.TEAM).orElse("?")
        + "/"
        + row.value(Dimension.TOOL).orElse("?");
  }

  /** The key's hint, or that the calls came in process, without a key. */
  private static String keyHint(UsageRow row) {
    Optional<String> id = row.value(Dimension.KEY);
    if (id.isEmpty()) {
      return "no key (in process)";
    }
    return row.keyHint()
        .map(h -> h + "…")
        .orElse("key " + id.get().substring(0, Math.min(8, id.get().length())));
  }
}
