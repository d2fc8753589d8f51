package onramp.app.workspace.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import onramp.workspace.usage.Bucket;
import onramp.workspace.usage.DateRange;
import onramp.workspace.usage.Grouping;
import onramp.workspace.usage.Retention;
import onramp.workspace.usage.UsageRequest;
import onramp.workspace.usage.UsageRow;
import onramp.workspace.usage.WorkspaceUsage;

/** Everything the admin page shows for a range, written for reading. */
record AdminView(
    RangeView range,
    Figures figures,
    Svgs charts,
    List<UsageTable> tables,
    List<Link> exports,
    List<Link> auditExports,
    List<RetentionRow> retention) {

  record Svgs(String dollarsPerWeekByTeam, String peoplePerWeekByTeam, String runsByTemplate) {}

  record Link(String label, String href) {}

  /** A data class's retention as the form shows it: days, or blank for "keep". */
  record RetentionRow(String dataClass, String days, String changed) {
    static RetentionRow of(Retention r) {
      return new RetentionRow(
          r.dataClass().name(),
          r.days().map(Object::toString).orElse(""),
          "set by " + r.updatedBy() + ", " + r.updatedAt().toString().substring(0, 10));
    }
  }

  static AdminView of(WorkspaceUsage usage, DateRange range, List<Retention> retention) {
    List<UsageRow> teamWeeks = usage.report(UsageRequest.of(range, Grouping.TEAM, Bucket.WEEK));
    List<UsageRow> weeks = Weeks.every(range, usage.report(UsageRequest.total(range, Bucket.WEEK)));
    List<UsageRow> teams = usage.report(UsageRequest.of(range, Grouping.TEAM, Bucket.TOTAL));
    List<UsageRow> templates =
        usage.report(UsageRequest.of(range, Grouping.TEMPLATE, Bucket.TOTAL));
    List<UsageRow> users = usage.report(UsageRequest.of(range, Grouping.USER, Bucket.TOTAL));
    List<UsageRow> models = usage.report(UsageRequest.of(range, Grouping.MODEL, Bucket.TOTAL));
    List<String> order = WorkspaceCharts.teamOrder(teamWeeks);
    Svgs charts =
        new Svgs(
            WorkspaceCharts.perWeekByTeam(
                "Dollars per week, by team", range, teamWeeks, order, WorkspaceCharts.DOLLARS),
            WorkspaceCharts.perWeekByTeam(
                "Weekly active people, by team", range, teamWeeks, order, WorkspaceCharts.PEOPLE),
            WorkspaceCharts.ranked(
                "Runs by template", "Template", templates, WorkspaceCharts.RUNS));
    List<UsageTable> tables =
        List.of(
            weekly(weeks),
            UsageTable.of("by-team", "By team", "Team", "?", teams),
            UsageTable.of("by-template", "By template", "Template", "(no template)", templates),
            new UsageTable(
                "by-user",
                "By person",
                List.of("User", "Name"),
                users.stream()
                    .map(
                        r ->
                            UsageTable.Row.of(
                                List.of(r.group().orElse("?"), r.displayName().orElse("")),
                                r.totals()))
                    .toList()),
            UsageTable.of("by-model", "By model", "Model", "?", models));
    return new AdminView(
        RangeView.of(range),
        Figures.of(
            usage.totals(range, Optional.empty()), usage.maskedEntities(range, Optional.empty())),
        charts,
        tables,
        exports(range),
        auditExports(range),
        retention.stream().map(RetentionRow::of).toList());
  }

  private static UsageTable weekly(List<UsageRow> weeks) {
    List<UsageTable.Row> rows = new ArrayList<>();
    for (UsageRow r : weeks) {
      LocalDate monday = r.bucket().orElseThrow();
      rows.add(
          UsageTable.Row.of(List.of(DateRange.isoWeek(monday), monday.toString()), r.totals()));
    }
    return new UsageTable(
        "per-week", "Per ISO week (people: weekly active)", List.of("Week", "Starts"), rows);
  }

  private static List<Link> exports(DateRange range) {
    String base = "/api/workspace/admin/usage?" + RangeView.of(range).query() + "&format=csv";
    return List.of(
        new Link("CSV by team", base + "&by=team"),
        new Link("CSV by team per week", base + "&by=team&per=week"),
        new Link("CSV by template", base + "&by=template"),
        new Link("CSV by person", base + "&by=user"),
        new Link("CSV by model", base + "&by=model"));
  }

  private static List<Link> auditExports(DateRange range) {
    String base = "/api/workspace/admin/audit?" + RangeView.of(range).query();
    return List.of(
        new Link("Audit trail as CSV", base + "&format=csv"),
        new Link("Audit trail as JSON Lines", base + "&format=jsonl"));
  }
}
