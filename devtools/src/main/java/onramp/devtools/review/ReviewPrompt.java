package onramp.devtools.review;

import java.util.List;
import java.util.stream.Collectors;
import onramp.devtools.ChangedFile;
import onramp.devtools.Diff;
import onramp.devtools.Finding;
import onramp.devtools.LineRange;
import onramp.devtools.context.ReviewContext;

/** The words sent to the model: instructions, the change, its context, the facts already known. */
final class ReviewPrompt {
  static final int MAX_FACTS = 200;
  static final int MAX_LEFT_OUT_LISTED = 50;

  static final String SYSTEM =
      """
      You review a change to a TypeScript code base before it is merged. Report only real problems \
      in the changed lines (marked + in the context): wrong behaviour, a possible null or undefined \
      dereference, a promise that is not awaited or handled, a wrong import, a type that lies, \
      missing error handling, a security problem. No style remarks, no praise, no summaries.
      Rules:
      - Line numbers are those of the new version, as printed; every finding's lines must be changed \
      lines of the file it names.
      - The type checker and linter findings listed under "Already reported" are facts the author \
      sees anyway: do not report them again.
      - A suggestion replaces lines startLine..endLine exactly: whole lines, with their indentation, \
      and it must compile. Use null when you cannot give such a replacement.
      - When you find nothing, answer with an empty list. Answer only through the tool.""";

  private ReviewPrompt() {}

  static String user(Diff diff, ReviewContext context, List<Finding> facts) {
    StringBuilder out = new StringBuilder();
    out.append("## The change (against ").append(diff.base()).append(")\n");
    for (ChangedFile f : diff.files()) {
      out.append("- ")
          .append(f.path())
          .append(" (")
          .append(f.status().name().toLowerCase(java.util.Locale.ROOT))
          .append("): changed lines ")
          .append(f.changed().stream().map(ReviewPrompt::range).collect(Collectors.joining(", ")))
          .append('\n');
    }
    out.append("\n## Context (changed lines marked +)\n\n").append(context.render());
    if (!context.leftOut().isEmpty()) {
      out.append("## Left out of the context to stay within its budget\n");
      context.leftOut().stream()
          .limit(MAX_LEFT_OUT_LISTED)
          .forEach(l -> out.append("- ").append(l).append('\n'));
      if (context.leftOut().size() > MAX_LEFT_OUT_LISTED) {
        out.append("- and ")
            .append(context.leftOut().size() - MAX_LEFT_OUT_LISTED)
            .append(" more\n");
      }
      out.append('\n');
    }
    out.append("## Already reported by the type checker and linter (do not repeat)\n");
    if (facts.isEmpty()) {
      out.append("none\n");
    }
    facts.stream()
        .limit(MAX_FACTS)
        .forEach(
            f ->
                out.append("- ")
                    .append(f.file())
                    .append(':')
                    .append(range(f.lines()))
                    .append(' ')
                    .append(f.source().name().toLowerCase(java.util.Locale.ROOT))
                    .append(f.rule().map(r -> " " + r).orElse(""))
                    .append(": ")
                    .append(f.message().lines().findFirst().orElse(""))
                    .append('\n'));
    if (facts.size() > MAX_FACTS) {
      out.append("- and ").append(facts.size() - MAX_FACTS).append(" more\n");
    }
    return out.toString();
  }

  private static String range(LineRange r) {
    return r.start() == r.end() ? String.valueOf(r.start()) : r.start() + "-" + r.end();
  }
}
