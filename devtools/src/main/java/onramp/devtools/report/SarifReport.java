package onramp.devtools.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import onramp.devtools.Finding;

/**
 * The review as a SARIF 2.1.0 log for code-scanning tools: one run whose driver lists a rule per
 * rule id, one result per finding (level error, warning or note; the lines as a region), a {@code
 * fix} per suggested replacement, and the source and verification in each result's property bag.
 * Paths are relative to {@code SRCROOT}, the repository root.
 */
final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String DRIVER = "onramp-ts-review";
  static final String ROOT = "SRCROOT";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SarifReport() {}

  static String render(ReviewReport report) {
    try {
      return MAPPER.writeValueAsString(tree(report)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the review could not be written as SARIF", e);
    }
  }

  static ObjectNode tree(ReviewReport report) {
    List<Finding> findings = Wire.ordered(report);
    Map<String, Finding> rules = new LinkedHashMap<>();
    findings.forEach(f -> rules.putIfAbsent(ruleId(f), f));
    List<String> ruleIds = List.copyOf(rules.keySet());

    ObjectNode log = MAPPER.createObjectNode().put("$schema", SCHEMA).put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode tool = run.putObject("tool");
    ObjectNode driver = tool.putObject("driver");
    driver.put("name", DRIVER).put("semanticVersion", "0.1.0");
    ArrayNode ruleArray = driver.putArray("rules");
    rules.forEach((id, first) -> rule(ruleArray.addObject(), id, first));
    if (!report.tools().isEmpty()) {
      ArrayNode extensions = tool.putArray("extensions");
      report
          .tools()
          .forEach(
              (name, version) -> extensions.addObject().put("name", name).put("version", version));
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", true);
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    report
        .notes()
        .forEach(
            n ->
                notifications.addObject().put("level", "note").putObject("message").put("text", n));
    if (notifications.isEmpty()) {
      invocation.remove("toolExecutionNotifications");
    }
    ObjectNode root = run.putObject("originalUriBaseIds").putObject(ROOT);
    root.putObject("description").put("text", "The root of the reviewed repository");
    run.putObject("properties")
        .put("repository", report.repository())
        .put("base", report.base())
        .put("head", report.head());
    ArrayNode results = run.putArray("results");
    for (Finding f : findings) {
      result(results.addObject(), f, ruleIds.indexOf(ruleId(f)));
    }
    return log;
  }

  private static void rule(ObjectNode rule, String id, Finding first) {
    rule.put("id", id);
    rule.putObject("shortDescription").put("text", shortDescription(id, first));
    rule.putObject("defaultConfiguration").put("level", level(first.severity()));
    rule.putObject("properties")
        .put("source", Wire.name(first.source()))
        .put("category", first.category());
  }

  private static String shortDescription(String id, Finding f) {
    return switch (f.source()) {
      case TSC -> "TypeScript compiler diagnostic " + id;
      case ESLINT -> "ESLint rule " + id;
      case MODEL -> "Model review: " + f.category();
    };
  }

  private static void result(ObjectNode r, Finding f, int ruleIndex) {
    r.put("ruleId", ruleId(f)).put("ruleIndex", ruleIndex).put("level", level(f.severity()));
    r.putObject("message").put("text", f.message());
    ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
    artifact(physical.putObject("artifactLocation"), f.file());
    region(physical.putObject("region"), f);
    f.suggestion()
        .ifPresent(
            s -> {
              ObjectNode fix = r.putArray("fixes").addObject();
              fix.putObject("description").put("text", fixDescription(f));
              ObjectNode change = fix.putArray("artifactChanges").addObject();
              artifact(change.putObject("artifactLocation"), f.file());
              ObjectNode replacement = change.putArray("replacements").addObject();
              region(replacement.putObject("deletedRegion"), f);
              replacement.putObject("insertedContent").put("text", s);
            });
    r.putObject("properties")
        .put("source", Wire.name(f.source()))
        .put("category", f.category())
        .put("verification", Wire.name(f.verification()));
  }

  private static String fixDescription(Finding f) {
    return switch (f.verification()) {
      case VERIFIED -> "Suggested replacement (verified: it type-checks and removes the problem)";
      case FAILED -> "Suggested replacement (it did not type-check or did not remove the problem)";
      case UNVERIFIED, NONE -> "Suggested replacement (not verified)";
    };
  }

  private static void artifact(ObjectNode location, String path) {
    location.put("uri", Markup.urlPath(path)).put("uriBaseId", ROOT);
  }

  private static void region(ObjectNode region, Finding f) {
    region.put("startLine", f.lines().start()).put("endLine", f.lines().end());
  }

  /**
   * The SARIF rule id: the checker's code, or {@code model/CATEGORY} for a model's finding, so a
   * model category never shares an id with a linter rule of the same name.
   */
  static String ruleId(Finding f) {
    return f.rule()
        .orElse(f.source() == Finding.Source.MODEL ? "model/" + f.category() : f.category());
  }

  static String level(Finding.Severity s) {
    return switch (s) {
      case BLOCKER -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
