package onramp.app.workspace.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import onramp.workspace.usage.Bucket;
import onramp.workspace.usage.DateRange;
import onramp.workspace.usage.UsageRequest;
import onramp.workspace.usage.UsageRow;
import onramp.workspace.usage.UsageTotals;
import org.jspecify.annotations.Nullable;

/** Usage rows as JSON objects: the bucket, the group, then the totals' fields. */
final class UsageJson {
  private UsageJson() {}

  static List<Map<String, @Nullable Object>> rows(UsageRequest request, List<UsageRow> rows) {
    return rows.stream().map(r -> row(request, r)).toList();
  }

  static Map<String, @Nullable Object> row(UsageRequest request, UsageRow row) {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    if (request.per() == Bucket.WEEK) {
      out.put("week", row.bucket().map(DateRange::isoWeek).orElse(null));
      out.put("weekStart", row.bucket().map(Object::toString).orElse(null));
    } else if (request.per() == Bucket.DAY) {
      out.put("day", row.bucket().map(Object::toString).orElse(null));
    }
    request
        .by()
        .ifPresent(
            by -> {
              out.put(by.label(), row.group().orElse(null));
              if (row.displayName().isPresent()) {
                out.put("displayName", row.displayName().get());
              }
            });
    out.putAll(totals(row.totals()));
    return out;
  }

  static Map<String, @Nullable Object> totals(UsageTotals t) {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    out.put("runs", t.runs());
    out.put("activeUsers", t.activeUsers());
    out.put("customerRuns", t.customerRuns());
    out.put("restrictedRuns", t.restrictedRuns());
    out.put("inputTokens", t.inputTokens());
    out.put("outputTokens", t.outputTokens());
    out.put("cacheReadTokens", t.cacheReadTokens());
    out.put("cacheWriteTokens", t.cacheWriteTokens());
    out.put("costUsd", t.costUsd());
    return out;
  }
}
