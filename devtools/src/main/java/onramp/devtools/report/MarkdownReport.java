package onramp.devtools.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import onramp.devtools.Diff;
import onramp.devtools.Finding;

/**
 * The review for a person: a summary line, how it ran, the findings grouped by file with links to
 * their lines, and what was left out.
 */
final class MarkdownReport {
  /** Files left out are listed up to this many; a 10,000-file change says how many more. */
  static final int SKIPPED_LISTED = 50;

  private MarkdownReport() {}

  static String render(ReviewReport report) {
    StringBuilder md = new StringBuilder();
    md.append("## TypeScript review: ").append(Wire.summary(report)).append("\n\n");
    md.append(howItRan(report)).append("\n\n");
    for (String note : report.notes()) {
      md.append("- ").append(Markup.text(note, "  ")).append('\n');
    }
    if (!report.notes().isEmpty()) {
      md.append('\n');
    }
    for (Map.Entry<String, List<Finding>> e : Wire.byFile(report).entrySet()) {
      md.append("### ").append(Markup.code(e.getKey())).append("\n\n");
      for (Finding f : e.getValue()) {
        finding(md, report, f);
      }
      md.append('\n');
    }
    leftOut(md, report.skipped());
    return md.toString().stripTrailing() + "\n";
  }

  static String howItRan(ReviewReport report) {
    List<String> parts = new ArrayList<>();
    parts.add(
        "Repository "
            + Markup.code(report.repository())
            + ", "
            + Markup.code(report.base())
            + " → "
            + Markup.code(report.head())
            + ".");
    List<String> tools = new ArrayList<>();
    report.tools().forEach((name, version) -> tools.add(name + " " + version));
    if (!tools.isEmpty()) {
      parts.add("Checked with " + Markup.text(String.join(", ", tools), "") + ".");
    }
    report
        .model()
        .ifPresent(
            m ->
                parts.add(
                    "Model "
                        + Markup.code(m.model())
                        + ": "
                        + m.inputTokens()
                        + " tokens in, "
                        + m.outputTokens()
                        + " out"
                        + m.costUsd().map(c -> ", " + Markup.text(Markup.usd(c), "")).orElse("")
                        + "."));
    if (!report.timings().isEmpty()) {
      List<String> steps = new ArrayList<>();
      Duration total = Duration.ZERO;
      for (Map.Entry<String, Duration> t : report.timings().entrySet()) {
        steps.add(t.getKey() + " " + Markup.duration(t.getValue()));
        total = total.plus(t.getValue());
      }
      Duration shown = report.timings().getOrDefault("total", total);
      steps.removeIf(s -> s.startsWith("total "));
      parts.add(
          "Took "
              + Markup.duration(shown)
              + (steps.isEmpty() ? "" : " (" + Markup.text(String.join(", ", steps), "") + ")")
              + ".");
    }
    return String.join(" ", parts);
  }

  private static void finding(StringBuilder md, ReviewReport report, Finding f) {
    md.append("- ")
        .append(Markup.severity(f.severity()))
        .append(" · ")
        .append(Markup.code(Wire.name(f.source())))
        .append(" ")
        .append(Markup.code(Wire.ruleId(f)))
        .append(" · [")
        .append(Markup.lines(f.lines()))
        .append("](")
        .append(Markup.link(report, f.file(), f.lines()))
        .append("): ")
        .append(Markup.text(f.message(), "  "))
        .append('\n');
    f.suggestion().ifPresent(s -> md.append(Markup.fence("suggestion", s, "  ")));
    String verification = Markup.verification(f.verification());
    if (!verification.isEmpty()) {
      md.append("\n  ").append(verification).append('\n');
    }
  }

  private static void leftOut(StringBuilder md, List<Diff.Skipped> skipped) {
    if (skipped.isEmpty()) {
      return;
    }
    md.append("### Left out (").append(skipped.size()).append(")\n\n");
    for (Diff.Skipped s : skipped.subList(0, Math.min(SKIPPED_LISTED, skipped.size()))) {
      md.append("- ")
          .append(Markup.code(s.path()))
          .append(": ")
          .append(Markup.text(s.why(), "  "))
          .append('\n');
    }
    if (skipped.size() > SKIPPED_LISTED) {
      md.append("- … and ")
          .append(skipped.size() - SKIPPED_LISTED)
          .append(" more (the JSON report lists them all)\n");
    }
  }
}
