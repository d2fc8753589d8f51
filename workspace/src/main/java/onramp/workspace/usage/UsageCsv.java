package onramp.workspace.usage;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A usage report as CSV (RFC 4180, CRLF, quoted only where needed): a header row, then one line per
 * row. Dollars carry every digit; a run without a template has an empty template.
 */
public final class UsageCsv {
  private UsageCsv() {}

  public static String of(UsageRequest request, List<UsageRow> rows) {
    StringWriter out = new StringWriter();
    try (CsvRows csv = new CsvRows(out)) {
      csv.row(header(request));
      for (UsageRow row : rows) {
        csv.row(fields(request, row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the usage CSV", e);
    }
    return out.toString();
  }

  static List<String> header(UsageRequest request) {
    List<String> h = new ArrayList<>();
    switch (request.per()) {
      case DAY -> h.add("day");
      case WEEK -> h.addAll(List.of("week", "week_start"));
      case TOTAL -> h.addAll(List.of("from", "to"));
    }
    request
        .by()
        .ifPresent(
            by -> {
              h.add(by.label());
              if (by == Grouping.USER) {
                h.add("display_name");
              }
            });
    h.addAll(
        List.of(
            "runs",
            "active_users",
            "customer_runs",
            "restricted_runs",
            "input_tokens",
            "output_tokens",
            "cache_read_tokens",
            "cache_write_tokens",
            "cost_usd"));
    return h;
  }

  private static List<String> fields(UsageRequest request, UsageRow row) {
    List<String> f = new ArrayList<>();
    switch (request.per()) {
      case DAY -> f.add(row.bucket().map(Object::toString).orElse(""));
      case WEEK -> {
        f.add(row.bucket().map(DateRange::isoWeek).orElse(""));
        f.add(row.bucket().map(Object::toString).orElse(""));
      }
      case TOTAL -> {
        f.add(request.range().first().toString());
        f.add(request.range().last().toString());
      }
    }
    request
        .by()
        .ifPresent(
            by -> {
              f.add(row.group().orElse(""));
              if (by == Grouping.USER) {
                f.add(row.displayName().orElse(""));
              }
            });
    UsageTotals t = row.totals();
    f.addAll(
        List.of(
            Long.toString(t.runs()),
            Long.toString(t.activeUsers()),
            Long.toString(t.customerRuns()),
            Long.toString(t.restrictedRuns()),
            Long.toString(t.inputTokens()),
            Long.toString(t.outputTokens()),
            Long.toString(t.cacheReadTokens()),
            Long.toString(t.cacheWriteTokens()),
            t.costUsd().toPlainString()));
    return f;
  }
}
