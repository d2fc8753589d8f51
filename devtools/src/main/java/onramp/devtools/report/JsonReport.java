package onramp.devtools.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.devtools.ChangedFile;
import onramp.devtools.Diff;
import onramp.devtools.Finding;
import onramp.devtools.LineRange;

/**
 * The review as JSON, in the stable schema that docs/devtools-review-json.md describes (and {@code
 * review-report.schema.json} beside this class states): every key always present, {@code null}
 * where there is no value, enum values in lower case. A change that breaks a reader raises {@link
 * #SCHEMA_VERSION}; adding a key does not.
 */
public final class JsonReport {
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private JsonReport() {}

  static String render(ReviewReport report) {
    try {
      return MAPPER.writeValueAsString(tree(report)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the review could not be written as JSON", e);
    }
  }

  static ObjectNode tree(ReviewReport r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("repository", r.repository());
    root.put("base", r.base());
    root.put("head", r.head());
    ObjectNode summary = root.putObject("summary");
    summary.put("text", Wire.summary(r));
    summary.put("findings", r.findings().size());
    summary.put("blocking", r.blocking());
    summary.put("exitCode", ExitCode.of(r));
    ObjectNode bySeverity = summary.putObject("bySeverity");
    r.bySeverity().forEach((k, v) -> bySeverity.put(Wire.name(k), v));
    ObjectNode bySource = summary.putObject("bySource");
    r.bySource().forEach((k, v) -> bySource.put(Wire.name(k), v));
    ArrayNode files = root.putArray("files");
    for (ChangedFile f : r.files()) {
      ObjectNode o = files.addObject().put("path", f.path()).put("status", Wire.name(f.status()));
      ArrayNode changed = o.putArray("changed");
      f.changed().forEach(c -> changed.addObject().put("start", c.start()).put("end", c.end()));
    }
    ArrayNode skipped = root.putArray("skipped");
    r.skipped().forEach(s -> skipped.addObject().put("path", s.path()).put("why", s.why()));
    ArrayNode findings = root.putArray("findings");
    Wire.ordered(r).forEach(f -> finding(findings.addObject(), f));
    ArrayNode notes = root.putArray("notes");
    r.notes().forEach(notes::add);
    ObjectNode tools = root.putObject("tools");
    r.tools().forEach(tools::put);
    ObjectNode timings = root.putObject("timingsMs");
    r.timings().forEach((k, v) -> timings.put(k, v.toMillis()));
    r.model()
        .ifPresentOrElse(
            m -> {
              ObjectNode o =
                  root.putObject("model")
                      .put("model", m.model())
                      .put("inputTokens", m.inputTokens())
                      .put("outputTokens", m.outputTokens());
              m.costUsd().ifPresentOrElse(c -> o.put("costUsd", c), () -> o.putNull("costUsd"));
            },
            () -> root.putNull("model"));
    return root;
  }

  private static void finding(ObjectNode o, Finding f) {
    o.put("file", f.file())
        .put("startLine", f.lines().start())
        .put("endLine", f.lines().end())
        .put("severity", Wire.name(f.severity()))
        .put("source", Wire.name(f.source()))
        .put("rule", f.rule().orElse(null))
        .put("category", f.category())
        .put("message", f.message())
        .put("suggestion", f.suggestion().orElse(null))
        .put("verification", Wire.name(f.verification()));
  }

  /**
   * A report read back from {@link #render}'s JSON (for tools that post-process a saved review).
   *
   * @throws IllegalArgumentException naming what is wrong when it is not such a report, or of a
   *     newer schema version
   */
  public static ReviewReport read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "the review JSON is not valid JSON (line "
              + e.getLocation().getLineNr()
              + "): "
              + e.getOriginalMessage(),
          e);
    }
    int version = required(root, "schemaVersion").asInt();
    if (version != SCHEMA_VERSION) {
      throw new IllegalArgumentException(
          "the review JSON has schemaVersion "
              + version
              + "; this Onramp reads version "
              + SCHEMA_VERSION);
    }
    List<ChangedFile> files = new ArrayList<>();
    for (JsonNode f : required(root, "files")) {
      List<LineRange> changed = new ArrayList<>();
      for (JsonNode c : required(f, "changed")) {
        changed.add(new LineRange(required(c, "start").asInt(), required(c, "end").asInt()));
      }
      files.add(
          new ChangedFile(
              text(f, "path"),
              Wire.parse(ChangedFile.Status.class, "files[].status", text(f, "status")),
              changed));
    }
    List<Diff.Skipped> skipped = new ArrayList<>();
    for (JsonNode s : required(root, "skipped")) {
      skipped.add(new Diff.Skipped(text(s, "path"), text(s, "why")));
    }
    List<Finding> findings = new ArrayList<>();
    for (JsonNode f : required(root, "findings")) {
      findings.add(finding(f));
    }
    List<String> notes = new ArrayList<>();
    required(root, "notes").forEach(n -> notes.add(n.asText()));
    Map<String, String> tools = new LinkedHashMap<>();
    required(root, "tools")
        .fields()
        .forEachRemaining(e -> tools.put(e.getKey(), e.getValue().asText()));
    Map<String, Duration> timings = new LinkedHashMap<>();
    required(root, "timingsMs")
        .fields()
        .forEachRemaining(e -> timings.put(e.getKey(), Duration.ofMillis(e.getValue().asLong())));
    JsonNode m = required(root, "model");
    Optional<ModelCall> model =
        m.isNull()
            ? Optional.empty()
            : Optional.of(
                new ModelCall(
                    text(m, "model"),
                    required(m, "inputTokens").asLong(),
                    required(m, "outputTokens").asLong(),
                    optionalDecimal(m, "costUsd")));
    return new ReviewReport(
        text(root, "repository"),
        new Diff(text(root, "base"), text(root, "head"), files, skipped),
        findings,
        notes,
        tools,
        timings,
        model);
  }

  private static Finding finding(JsonNode f) {
    return new Finding(
        text(f, "file"),
        new LineRange(required(f, "startLine").asInt(), required(f, "endLine").asInt()),
        Wire.parse(Finding.Severity.class, "findings[].severity", text(f, "severity")),
        text(f, "category"),
        text(f, "message"),
        Wire.parse(Finding.Source.class, "findings[].source", text(f, "source")),
        optionalText(f, "rule"),
        optionalText(f, "suggestion"),
        Wire.parse(Finding.Verification.class, "findings[].verification", text(f, "verification")));
  }

  private static JsonNode required(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null) {
      throw new IllegalArgumentException("the review JSON lacks \"" + key + "\"");
    }
    return v;
  }

  private static String text(JsonNode node, String key) {
    JsonNode v = required(node, key);
    if (!v.isTextual()) {
      throw new IllegalArgumentException("the review JSON's \"" + key + "\" is not a string");
    }
    return v.asText();
  }

  private static Optional<String> optionalText(JsonNode node, String key) {
    JsonNode v = required(node, key);
    return v.isNull() ? Optional.empty() : Optional.of(text(node, key));
  }

  private static Optional<BigDecimal> optionalDecimal(JsonNode node, String key) {
    JsonNode v = required(node, key);
    return v.isNull() ? Optional.empty() : Optional.of(v.decimalValue());
  }
}
