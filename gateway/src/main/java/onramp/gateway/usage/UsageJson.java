package onramp.gateway.usage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;

/**
 * A usage report as JSON: the period, the request, the totals and one object per row. Dollars are
 * JSON numbers with every digit ({@code costUsd}); a call made in process has {@code "key": null}.
 */
public final class UsageJson {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private UsageJson() {}

  public static String of(UsageReport report) {
    StringWriter out = new StringWriter();
    write(report, out);
    return out.toString();
  }

  public static void write(UsageReport report, Writer out) {
    UsageRequest request = report.request();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("firstDay", request.period().first().toString());
      json.writeStringField("lastDay", request.period().last().toString());
      Optional<String> month = request.period().month().map(Object::toString);
      if (month.isPresent()) {
        json.writeStringField("month", month.get());
      }
      json.writeArrayFieldStart("by");
      for (Dimension d : request.by()) {
        json.writeString(d.label());
      }
      json.writeEndArray();
      json.writeStringField("per", request.per().label());
      json.writeFieldName("totals");
      json.writeStartObject();
      totals(json, report.totals());
      json.writeEndObject();
      json.writeArrayFieldStart("rows");
      for (UsageRow row : report.rows()) {
        json.writeStartObject();
        json.writeStringField("period", request.per().name(row.bucket()));
        for (UsageRow.GroupValue g : row.groups()) {
          nullable(json, g.dimension().label(), g.value());
        }
        if (request.byKey()) {
          nullable(json, "keyHint", row.keyHint());
        }
        totals(json, row.totals());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the usage JSON", e);
    }
  }

  private static void nullable(JsonGenerator json, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      json.writeStringField(name, value.get());
    } else {
      json.writeNullField(name);
    }
  }

  private static void totals(JsonGenerator json, UsageTotals t) throws IOException {
    json.writeNumberField("calls", t.calls());
    json.writeNumberField("ok", t.ok());
    json.writeNumberField("refused", t.refused());
    json.writeNumberField("failed", t.failed());
    json.writeNumberField("inputTokens", t.tokens().input());
    json.writeNumberField("outputTokens", t.tokens().output());
    json.writeNumberField("cacheReadTokens", t.tokens().cacheRead());
    json.writeNumberField("cacheWrite5mTokens", t.tokens().cacheWrite5m());
    json.writeNumberField("cacheWrite1hTokens", t.tokens().cacheWrite1h());
    json.writeNumberField("costUsd", t.costUsd());
  }
}
