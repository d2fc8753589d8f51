package onramp.devtools.tests;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The outcome of {@code ./onramp ts tests}: per changed exported function, every proposed test and
 * its verdict with the reason; the funnel totals; functions left out over the limit; and the files
 * kept tests were written to (only with {@code --write}).
 */
public record TestGenerationReport(
    List<FunctionReport> functions, List<String> leftOut, List<String> written) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public TestGenerationReport {
    functions = List.copyOf(functions);
    leftOut = List.copyOf(leftOut);
    written = List.copyOf(written);
  }

  public Counts totals() {
    return functions.stream()
        .map(FunctionReport::counts)
        .reduce(new Counts(0, 0, 0, 0), Counts::plus);
  }

  public List<CandidateResult> kept() {
    return functions.stream()
        .flatMap(f -> f.candidates().stream())
        .filter(c -> c.verdict() == Verdict.KEPT)
        .toList();
  }

  public TestGenerationReport withWritten(List<String> files) {
    return new TestGenerationReport(functions, leftOut, files);
  }

  /** For a person: the funnel, each function's candidates, then the kept tests' code. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    Counts t = totals();
    out.append(
        String.format(
            "Tests for %d changed exported function(s): %d proposed, %s built, %s passed twice,"
                + " %s kept (added coverage)%n",
            functions.size(),
            t.proposed(),
            t.share(t.built()),
            t.share(t.passed()),
            t.share(t.kept())));
    out.append("  (TestGen-LLM, for comparison: 75% built, 57% passed, 25% added coverage)\n");
    for (FunctionReport f : functions) {
      TargetFunction fn = f.function();
      out.append('\n')
          .append(fn.displayName())
          .append(" (lines ")
          .append(fn.lines().start())
          .append('-')
          .append(fn.lines().end())
          .append("; not run by existing tests: ")
          .append(Lines.list(f.uncoveredBefore()))
          .append(")\n");
      f.problem().ifPresent(p -> out.append("  no tests proposed: ").append(p).append('\n'));
      for (CandidateResult c : f.candidates()) {
        out.append(c.verdict() == Verdict.KEPT ? "  KEPT      " : "  rejected  ")
            .append('"')
            .append(c.test().name())
            .append("\": ")
            .append(c.verdict() == Verdict.KEPT ? "" : c.verdict().label() + ": ")
            .append(c.reason())
            .append('\n');
      }
    }
    if (!leftOut.isEmpty()) {
      out.append("\nLeft out (over the function limit): ")
          .append(String.join(", ", leftOut))
          .append('\n');
    }
    if (!written.isEmpty()) {
      out.append("\nWritten: ").append(String.join(", ", written)).append('\n');
    } else if (!kept().isEmpty()) {
      out.append("\nKept tests (not written; run with --write to add them to the working tree):\n");
      for (FunctionReport f : functions) {
        for (CandidateResult c : f.candidates()) {
          if (c.verdict() == Verdict.KEPT) {
            out.append("\n--- ")
                .append(f.function().testFile())
                .append('\n')
                .append(c.test().code());
            if (!c.test().code().endsWith("\n")) {
              out.append('\n');
            }
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * A stable JSON document: {@code totals}, {@code functions[]}, {@code leftOut}, {@code written}.
   */
  public ObjectNode toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.set("totals", counts(totals()));
    ArrayNode fs = root.putArray("functions");
    for (FunctionReport f : functions) {
      TargetFunction fn = f.function();
      ObjectNode o = fs.addObject();
      o.put("file", fn.file())
          .put("name", fn.name())
          .put("exportName", fn.exportName())
          .put("kind", fn.kind().name());
      fn.className().ifPresent(c -> o.put("className", c));
      o.put("startLine", fn.lines().start()).put("endLine", fn.lines().end());
      o.put("testFile", fn.testFile());
      ArrayNode unc = o.putArray("uncoveredBefore");
      f.uncoveredBefore().forEach(unc::add);
      f.problem().ifPresent(p -> o.put("problem", p));
      o.set("counts", counts(f.counts()));
      ArrayNode cs = o.putArray("candidates");
      for (CandidateResult c : f.candidates()) {
        ObjectNode co =
            cs.addObject()
                .put("name", c.test().name())
                .put("verdict", c.verdict().name())
                .put("reason", c.reason());
        ArrayNode added = co.putArray("addedLines");
        c.addedLines().forEach(added::add);
        co.put("code", c.test().code());
      }
    }
    ArrayNode left = root.putArray("leftOut");
    leftOut.forEach(left::add);
    ArrayNode w = root.putArray("written");
    written.forEach(w::add);
    return root;
  }

  private static ObjectNode counts(Counts c) {
    return JSON.createObjectNode()
        .put("proposed", c.proposed())
        .put("built", c.built())
        .put("passed", c.passed())
        .put("kept", c.kept());
  }
}
