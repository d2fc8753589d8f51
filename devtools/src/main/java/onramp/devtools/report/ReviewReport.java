package onramp.devtools.report;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import onramp.devtools.ChangedFile;
import onramp.devtools.Diff;
import onramp.devtools.Finding;

/**
 * Everything a review produced, in the form every output format renders.
 *
 * @param repository how the reviewed repository is named to a reader: its directory, or its web
 *     address when known ({@code https://…}, then Markdown links point at the lines there)
 * @param diff what was reviewed: base, head, the changed files and the files left out with why
 * @param findings from the type checker, the linter and the model, each on changed lines
 * @param notes what a reader must know about how the review ran ("model off: …", "context left out:
 *     …", "3 model findings outside the diff dropped"), in order
 * @param tools versions of the tools that ran, by name ({@code typescript}, {@code eslint})
 * @param timings how long each step took, by step name ({@code diff}, {@code tsc}, …), in order
 * @param model the model call, when there was one
 */
public record ReviewReport(
    String repository,
    Diff diff,
    List<Finding> findings,
    List<String> notes,
    Map<String, String> tools,
    Map<String, Duration> timings,
    Optional<ModelCall> model) {

  public ReviewReport {
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
    tools = Collections.unmodifiableMap(new TreeMap<>(tools));
    timings = Collections.unmodifiableMap(new LinkedHashMap<>(timings));
  }

  public String base() {
    return diff.base();
  }

  public String head() {
    return diff.head();
  }

  public List<ChangedFile> files() {
    return diff.files();
  }

  public List<Diff.Skipped> skipped() {
    return diff.skipped();
  }

  /** Findings of the given severity. */
  public long count(Finding.Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** Findings of the given source. */
  public long count(Finding.Source source) {
    return findings.stream().filter(f -> f.source() == source).count();
  }

  /** Whether any finding blocks the change (see {@link ExitCode}). */
  public boolean blocking() {
    return count(Finding.Severity.BLOCKER) > 0;
  }

  /** Findings per severity, every severity present (zero when none). */
  public Map<Finding.Severity, Long> bySeverity() {
    Map<Finding.Severity, Long> out = new EnumMap<>(Finding.Severity.class);
    for (Finding.Severity s : Finding.Severity.values()) {
      out.put(s, count(s));
    }
    return out;
  }

  /** Findings per source, every source present (zero when none). */
  public Map<Finding.Source, Long> bySource() {
    Map<Finding.Source, Long> out = new EnumMap<>(Finding.Source.class);
    for (Finding.Source s : Finding.Source.values()) {
      out.put(s, count(s));
    }
    return out;
  }
}
