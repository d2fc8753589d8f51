package onramp.devtools.typescript;

import java.util.List;
import onramp.devtools.Finding;

/**
 * What the repository's ESLint found, and notes a report shows (not configured, not installed,
 * files its config ignores).
 */
public record LintResult(List<Finding> findings, List<String> notes) {
  public LintResult {
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
  }

  static LintResult skipped(String note) {
    return new LintResult(List.of(), List.of(note));
  }
}
