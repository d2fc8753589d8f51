package onramp.workspace.usage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes export lines in one format, as they come. */
sealed interface AuditSink extends AutoCloseable {
  void write(AuditEntry entry) throws IOException;

  @Override
  void close() throws IOException;

  static AuditSink of(AuditFormat format, Writer out) throws IOException {
    return switch (format) {
      case CSV -> new Csv(out);
      case JSONL -> new JsonLines(out);
    };
  }

  /** One header for both kinds; a call leaves the admin columns empty and the other way round. */
  final class Csv implements AuditSink {
    static final List<String> HEADER =
        List.of(
            "at",
            "kind",
            "user",
            "team",
            "tool",
            "purpose",
            "data_class",
            "vendor",
            "model",
            "outcome",
            "error_code",
            "input_tokens",
            "output_tokens",
            "cache_read_tokens",
            "cache_write_5m_tokens",
            "cache_write_1h_tokens",
            "cost_usd",
            "latency_ms",
            "attempts",
            "masked_entities",
            "call_id",
            "vendor_request_id",
            "key_id",
            "prompt",
            "actor",
            "action",
            "subject",
            "details");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CsvRows csv;

    Csv(Writer out) throws IOException {
      this.csv = new CsvRows(out);
      csv.row(HEADER);
    }

    @Override
    public void write(AuditEntry entry) throws IOException {
      List<String> f = new ArrayList<>(HEADER.size());
      f.add(entry.at().toString());
      switch (entry) {
        case AuditEntry.ModelCall c -> {
          AuditEntry.Caller who = c.caller();
          AuditEntry.Tokens t = c.tokens();
          f.addAll(
              List.of(
                  "model_call",
                  who.user(),
                  who.team(),
                  who.tool(),
                  who.purpose(),
                  who.dataClass(),
                  c.vendor().orElse(""),
                  c.model(),
                  c.outcome(),
                  c.errorCode().orElse(""),
                  Long.toString(t.input()),
                  Long.toString(t.output()),
                  Long.toString(t.cacheRead()),
                  Long.toString(t.cacheWrite5m()),
                  Long.toString(t.cacheWrite1h()),
                  plain(c.costUsd()),
                  Long.toString(c.latencyMs()),
                  Integer.toString(c.attempts()),
                  c.maskedEntities(),
                  c.callId().toString(),
                  c.vendorRequestId().orElse(""),
                  c.keyId().orElse(""),
                  c.prompt().orElse(""),
                  "",
                  "",
                  "",
                  ""));
        }
        case AuditEntry.AdminEvent e -> {
          f.add("admin_event");
          while (f.size() < HEADER.size() - 4) {
            f.add("");
          }
          f.addAll(
              List.of(e.actor(), e.action(), e.subject(), JSON.writeValueAsString(e.details())));
        }
      }
      csv.row(f);
    }

    @Override
    public void close() throws IOException {
      csv.close();
    }
  }

  /** One JSON object per line, {@code "kind"} telling which. */
  final class JsonLines implements AuditSink {
    private static final ObjectMapper JSON =
        new ObjectMapper(
            JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build());
    private final Writer out;

    JsonLines(Writer out) {
      this.out = out;
    }

    @Override
    public void write(AuditEntry entry) throws IOException {
      try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeStringField("at", entry.at().toString());
        switch (entry) {
          case AuditEntry.ModelCall c -> call(json, c);
          case AuditEntry.AdminEvent e -> {
            json.writeStringField("kind", "admin_event");
            json.writeStringField("actor", e.actor());
            json.writeStringField("action", e.action());
            json.writeStringField("subject", e.subject());
            json.writeFieldName("details");
            JSON.writeValue(json, e.details());
          }
        }
        json.writeEndObject();
      }
      out.write('\n');
    }

    private static void call(JsonGenerator json, AuditEntry.ModelCall c) throws IOException {
      AuditEntry.Caller who = c.caller();
      AuditEntry.Tokens t = c.tokens();
      json.writeStringField("kind", "model_call");
      json.writeStringField("callId", c.callId().toString());
      json.writeStringField("user", who.user());
      json.writeStringField("team", who.team());
      json.writeStringField("tool", who.tool());
      json.writeStringField("purpose", who.purpose());
      json.writeStringField("dataClass", who.dataClass());
      optional(json, "vendor", c.vendor());
      json.writeStringField("model", c.model());
      json.writeStringField("outcome", c.outcome());
      optional(json, "errorCode", c.errorCode());
      json.writeNumberField("inputTokens", t.input());
      json.writeNumberField("outputTokens", t.output());
      json.writeNumberField("cacheReadTokens", t.cacheRead());
      json.writeNumberField("cacheWrite5mTokens", t.cacheWrite5m());
      json.writeNumberField("cacheWrite1hTokens", t.cacheWrite1h());
      json.writeNumberField("costUsd", c.costUsd());
      json.writeNumberField("latencyMs", c.latencyMs());
      json.writeNumberField("attempts", c.attempts());
      json.writeFieldName("maskedEntities");
      json.writeTree(JSON.readTree(c.maskedEntities()));
      optional(json, "vendorRequestId", c.vendorRequestId());
      optional(json, "keyId", c.keyId());
      if (c.prompt().isPresent()) {
        json.writeStringField("prompt", c.prompt().get());
      }
    }

    private static void optional(JsonGenerator json, String name, Optional<String> value)
        throws IOException {
      if (value.isPresent()) {
        json.writeStringField(name, value.get());
      } else {
        json.writeNullField(name);
      }
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }

  private static String plain(BigDecimal amount) {
    return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
  }
}
