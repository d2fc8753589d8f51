package onramp.devtools.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import onramp.devtools.ChangedFile;
import onramp.devtools.Finding;
import onramp.devtools.LineRange;

/**
 * The body of GitHub's "create a review for a pull request" call: a summary, and one comment per
 * finding on the right side of the diff with a {@code suggestion} block GitHub can apply.
 *
 * <p>The event is always {@code COMMENT}: a bot's {@code REQUEST_CHANGES} blocks merging until
 * someone dismisses it and is refused on a pull request of the token's own user; the exit code and
 * the CI check carry the block instead. GitHub accepts comments only on lines of the diff, so a
 * finding reaching past a changed range is commented on the changed part, and its suggestion, which
 * would replace the wrong lines there, is shown as plain code, as is a suggestion that failed its
 * type check (GitHub would offer to apply it); a finding with no changed line at all goes into the
 * review's body.
 */
final class GitHubReview {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private GitHubReview() {}

  static String render(ReviewReport report) {
    try {
      return MAPPER.writeValueAsString(tree(report)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the review could not be written as a GitHub review", e);
    }
  }

  static ObjectNode tree(ReviewReport report) {
    ObjectNode review = MAPPER.createObjectNode().put("event", "COMMENT");
    ArrayNode comments = MAPPER.createArrayNode();
    List<Finding> unplaced = new ArrayList<>();
    for (Finding f : Wire.ordered(report)) {
      Optional<LineRange> at = placement(report, f);
      if (at.isPresent()) {
        comment(comments.addObject(), f, at.get());
      } else {
        unplaced.add(f);
      }
    }
    review.put("body", body(report, unplaced));
    review.set("comments", comments);
    return review;
  }

  /** The finding's lines within the first changed range they overlap, if any. */
  static Optional<LineRange> placement(ReviewReport report, Finding f) {
    return report.files().stream()
        .filter(c -> c.path().equals(f.file()))
        .map(ChangedFile::changed)
        .flatMap(List::stream)
        .filter(r -> r.overlaps(f.lines()))
        .findFirst()
        .map(
            r ->
                new LineRange(
                    Math.max(r.start(), f.lines().start()), Math.min(r.end(), f.lines().end())));
  }

  private static void comment(ObjectNode c, Finding f, LineRange at) {
    c.put("path", f.file());
    if (at.start() != at.end()) {
      c.put("start_line", at.start()).put("start_side", "RIGHT");
    }
    c.put("line", at.end()).put("side", "RIGHT");
    StringBuilder body = new StringBuilder(headline(f)).append("\n\n");
    body.append(Markup.text(f.message(), "")).append('\n');
    f.suggestion()
        .ifPresent(
            s -> {
              body.append('\n');
              if (!at.equals(f.lines())) {
                body.append("Suggested for ")
                    .append(Markup.lines(f.lines()))
                    .append(", beyond the changed lines:\n\n")
                    .append(Markup.fence("ts", s, ""));
              } else if (f.verification() == Finding.Verification.FAILED) {
                body.append("The suggested replacement, which did not pass the type check:\n\n")
                    .append(Markup.fence("ts", s, ""));
              } else {
                body.append(Markup.fence("suggestion", s, ""));
              }
            });
    String verification = Markup.verification(f.verification());
    if (!verification.isEmpty()) {
      body.append('\n').append(verification).append('\n');
    }
    c.put("body", body.toString());
  }

  private static String headline(Finding f) {
    return Markup.severity(f.severity())
        + " · "
        + Markup.code(Wire.name(f.source()))
        + " "
        + Markup.code(Wire.ruleId(f));
  }

  private static String body(ReviewReport report, List<Finding> unplaced) {
    StringBuilder md = new StringBuilder("## TypeScript review: ");
    md.append(Wire.summary(report)).append("\n\n").append(MarkdownReport.howItRan(report));
    md.append('\n');
    if (!report.notes().isEmpty()) {
      md.append('\n');
      report.notes().forEach(n -> md.append("- ").append(Markup.text(n, "  ")).append('\n'));
    }
    if (!unplaced.isEmpty()) {
      md.append("\nNot on a line of this diff:\n\n");
      for (Finding f : unplaced) {
        md.append("- ")
            .append(headline(f))
            .append(" · ")
            .append(Markup.code(f.file()))
            .append(' ')
            .append(Markup.lines(f.lines()))
            .append(": ")
            .append(Markup.text(f.message(), "  "))
            .append('\n');
      }
    }
    if (!report.skipped().isEmpty()) {
      md.append('\n')
          .append(report.skipped().size())
          .append(report.skipped().size() == 1 ? " file" : " files")
          .append(
              " of the change left out (binary, deleted, not TypeScript or over the budget).\n");
    }
    return md.toString();
  }
}
