package onramp.app.workspace.admin;

import java.util.List;
import onramp.workspace.usage.UsageRow;
import onramp.workspace.usage.UsageTotals;

/** A table of usage rows as the pages write it; the CSV export carries the exact values. */
record UsageTable(String id, String caption, List<String> nameColumns, List<Row> rows) {

  record Row(
      List<String> names,
      String runs,
      String people,
      String customerRuns,
      String inputTokens,
      String outputTokens,
      String cacheTokens,
      String dollars,
      String exactDollars) {

    static Row of(List<String> names, UsageTotals t) {
      return new Row(
          names,
          Numbers.count(t.runs()),
          Numbers.count(t.activeUsers()),
          Numbers.count(t.customerRuns() + t.restrictedRuns()),
          Numbers.count(t.inputTokens()),
          Numbers.count(t.outputTokens()),
          Numbers.count(t.cacheReadTokens() + t.cacheWriteTokens()),
          Numbers.dollars(t.costUsd()),
          Numbers.exactDollars(t.costUsd()));
    }
  }

  /** One name column: the group's value, or {@code none} for an empty one. */
  static UsageTable of(String id, String caption, String column, String none, List<UsageRow> rows) {
    return new UsageTable(
        id,
        caption,
        List.of(column),
        rows.stream().map(r -> Row.of(List.of(r.group().orElse(none)), r.totals())).toList());
  }
}
