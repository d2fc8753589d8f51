package onramp.app.workspace.admin;

import java.util.List;

/** The employee's own usage page. */
record MyUsageView(
    String username,
    RangeView range,
    Figures figures,
    String dollarsPerWeek,
    String runsByTemplate,
    List<UsageTable> tables) {

  static MyUsageView of(MyUsage u) {
    return new MyUsageView(
        u.username(),
        RangeView.of(u.range()),
        Figures.of(u.totals(), u.masked()),
        WorkspaceCharts.perWeek("Your dollars per week", u.perWeek(), WorkspaceCharts.DOLLARS),
        WorkspaceCharts.ranked(
            "Your runs by template", "Template", u.byTemplate(), WorkspaceCharts.RUNS),
        List.of(
            new UsageTable(
                "per-week",
                "Per ISO week",
                List.of("Week", "Starts"),
                u.perWeek().stream()
                    .map(
                        r ->
                            UsageTable.Row.of(
                                List.of(
                                    onramp.workspace.usage.DateRange.isoWeek(
                                        r.bucket().orElseThrow()),
                                    r.bucket().orElseThrow().toString()),
                                r.totals()))
                    .toList()),
            UsageTable.of(
                "by-template", "By template", "Template", "(no template)", u.byTemplate())));
  }
}
