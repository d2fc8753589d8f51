package onramp.gateway.usage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A usage report as CSV (RFC 4180): a header row, CRLF line ends, fields quoted only when they hold
 * a comma, a quote or a line break. Numbers are unformatted and dollars carry every digit. A call
 * made in process has an empty key.
 */
public final class UsageCsv {
  private static final String CRLF = "\r\n";

  private UsageCsv() {}

  public static String of(UsageReport report) {
    StringBuilder out = new StringBuilder();
    write(report, out);
    return out.toString();
  }

  public static void write(UsageReport report, Appendable out) {
    UsageRequest request = report.request();
    try {
      out.append(line(header(request)));
      for (UsageRow row : report.rows()) {
        out.append(line(fields(request, row)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the usage CSV", e);
    }
  }

  /** One field, quoted when RFC 4180 requires it. */
  static String field(String value) {
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  private static String line(List<String> values) {
    return String.join(",", values.stream().map(UsageCsv::field).toList()) + CRLF;
  }

  private static List<String> header(UsageRequest request) {
    List<String> h = new ArrayList<>();
    h.add("period");
    for (Dimension d : request.by()) {
      h.add(d.label());
    }
    if (request.byKey()) {
      h.add("key_hint");
    }
    h.addAll(
        List.of(
            "calls",
            "ok",
            "refused",
            "failed",
            "input_tokens",
            "output_tokens",
            "cache_read_tokens",
            "cache_write_5m_tokens",
            "cache_write_1h_tokens",
            "cost_usd"));
    return h;
  }

  private static List<String> fields(UsageRequest request, UsageRow row) {
    List<String> f = new ArrayList<>();
    f.add(request.per().name(row.bucket()));
    for (UsageRow.GroupValue g : row.groups()) {
      f.add(g.value().orElse(""));
    }
    if (request.byKey()) {
      f.add(row.keyHint().orElse(""));
    }
    UsageTotals t = row.totals();
    f.addAll(
        List.of(
            Long.toString(t.calls()),
            Long.toString(t.ok()),
            Long.toString(t.refused()),
            Long.toString(t.failed()),
            Long.toString(t.tokens().input()),
            Long.toString(t.tokens().output()),
            Long.toString(t.tokens().cacheRead()),
            Long.toString(t.tokens().cacheWrite5m()),
            Long.toString(t.tokens().cacheWrite1h()),
            t.costUsd().toPlainString()));
    return f;
  }
}
