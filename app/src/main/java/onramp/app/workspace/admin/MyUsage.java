package onramp.app.workspace.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.workspace.usage.Bucket;
import onramp.workspace.usage.DateRange;
import onramp.workspace.usage.Grouping;
import onramp.workspace.usage.UsageRequest;
import onramp.workspace.usage.UsageRow;
import onramp.workspace.usage.UsageTotals;
import onramp.workspace.usage.WorkspaceUsage;
import org.jspecify.annotations.Nullable;

/** One person's usage over a range: totals, every week, by template, what was masked. */
record MyUsage(
    String username,
    DateRange range,
    UsageTotals totals,
    List<UsageRow> perWeek,
    List<UsageRow> byTemplate,
    Map<String, Long> masked) {

  static MyUsage of(WorkspaceUsage usage, String username, DateRange range) {
    UsageRequest weekly = UsageRequest.total(range, Bucket.WEEK).of(username);
    UsageRequest byTemplate = UsageRequest.of(range, Grouping.TEMPLATE, Bucket.TOTAL).of(username);
    return new MyUsage(
        username,
        range,
        usage.totals(range, Optional.of(username)),
        Weeks.every(range, usage.report(weekly)),
        usage.report(byTemplate),
        usage.maskedEntities(range, Optional.of(username)));
  }

  Map<String, @Nullable Object> json() {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    out.put("username", username);
    out.put("from", range.first().toString());
    out.put("to", range.last().toString());
    out.put("totals", UsageJson.totals(totals));
    out.put("perWeek", UsageJson.rows(UsageRequest.total(range, Bucket.WEEK), perWeek));
    out.put(
        "byTemplate",
        UsageJson.rows(UsageRequest.of(range, Grouping.TEMPLATE, Bucket.TOTAL), byTemplate));
    out.put("masked", masked);
    return out;
  }
}
