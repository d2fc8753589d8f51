package onramp.devtools.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import onramp.gateway.OutputSchema;

/** The JSON Schema the model answers with: a list of findings against lines of the new version. */
final class FindingsSchema {
  static final List<String> SEVERITIES = List.of("blocker", "warning", "info");
  static final List<String> CATEGORIES =
      List.of(
          "correctness",
          "null-safety",
          "async",
          "types",
          "security",
          "performance",
          "error-handling",
          "maintainability");
  static final int MAX_FINDINGS = 50;

  private FindingsSchema() {}

  static final OutputSchema SCHEMA = build();

  private static OutputSchema build() {
    ObjectMapper json = new ObjectMapper();
    String text =
        """
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["findings"],
          "properties": {
            "findings": {
              "type": "array",
              "maxItems": %d,
              "description": "Problems in the changed lines; an empty list when there are none.",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["file", "startLine", "endLine", "severity", "category", "message", "suggestion"],
                "properties": {
                  "file": {"type": "string", "minLength": 1, "description": "Path relative to the repository root, as in the diff."},
                  "startLine": {"type": "integer", "minimum": 1, "description": "First line (1-based) of the new version, a changed line."},
                  "endLine": {"type": "integer", "minimum": 1, "description": "Last line, inclusive; equal to startLine for one line."},
                  "severity": {"type": "string", "enum": %s, "description": "blocker: wrong behaviour or a crash; warning: likely a problem; info: worth a look."},
                  "category": {"type": "string", "enum": %s},
                  "message": {"type": "string", "minLength": 1, "maxLength": 2000, "description": "What is wrong and why, in one or two sentences."},
                  "suggestion": {"type": ["string", "null"], "description": "Replacement text for lines startLine..endLine exactly (whole lines, with their indentation), or null."}
                }
              }
            }
          }
        }
        """
            .formatted(MAX_FINDINGS, quoted(SEVERITIES), quoted(CATEGORIES));
    try {
      JsonNode schema = json.readTree(text);
      return OutputSchema.of(
          "report_findings", "Report the review's findings on the changed lines.", schema);
    } catch (IOException e) {
      throw new UncheckedIOException("the findings schema is not JSON", e);
    }
  }

  private static String quoted(List<String> values) {
    return values.stream()
        .map(v -> "\"" + v + "\"")
        .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
  }
}
