package onramp.devtools.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import onramp.devtools.Finding;
import onramp.devtools.LineRange;
import org.junit.jupiter.api.Test;

class GitHubReviewTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode github(ReviewReport r) throws Exception {
    return MAPPER.readTree(Reports.github(r));
  }

  private static ReviewReport with(Finding... findings) {
    ReviewReport base = SampleReports.full();
    return new ReviewReport(
        base.repository(),
        base.diff(),
        List.of(findings),
        List.of(),
        base.tools(),
        base.timings(),
        Optional.empty());
  }

  private static Finding finding(String file, int start, int end, Optional<String> suggestion) {
    return new Finding(
        file,
        new LineRange(start, end),
        Finding.Severity.WARNING,
        "null-dereference",
        "`order.total` may be undefined",
        Finding.Source.MODEL,
        Optional.empty(),
        suggestion,
        suggestion.isPresent() ? Finding.Verification.VERIFIED : Finding.Verification.NONE);
  }

  @Test
  void isACommentReviewWithOneCommentPerFindingOnTheRightSide() throws Exception {
    JsonNode review = github(SampleReports.full());

    assertThat(review.get("event").asText()).isEqualTo("COMMENT");
    assertThat(review.get("comments")).hasSize(6);
    assertThat(review.get("comments"))
        .allSatisfy(c -> assertThat(c.get("side").asText()).isEqualTo("RIGHT"));
    assertThat(review.get("body").asText())
        .startsWith(
            "## TypeScript review: 2 blocking, 2 warnings, 2 notes in 3 changed TypeScript files.")
        .contains("context left out: 2 imported declarations")
        .contains("3 files of the change left out");
  }

  @Test
  void aMultiLineFindingHasAStartLineAndASingleLineOneHasNot() throws Exception {
    JsonNode comments = github(SampleReports.full()).get("comments");

    JsonNode multi = comments.get(0);
    assertThat(multi.get("path").asText()).isEqualTo("src/cart.ts");
    assertThat(multi.get("start_line").asInt()).isEqualTo(10);
    assertThat(multi.get("start_side").asText()).isEqualTo("RIGHT");
    assertThat(multi.get("line").asInt()).isEqualTo(11);
    JsonNode single = comments.get(1);
    assertThat(single.get("line").asInt()).isEqualTo(12);
    assertThat(single.has("start_line")).isFalse();
  }

  @Test
  void aSuggestionIsASuggestionBlockGitHubCanApply() throws Exception {
    JsonNode comment = github(SampleReports.full()).get("comments").get(0);

    RenderedMarkdown body = RenderedMarkdown.of(comment.get("body").asText());
    assertThat(body.blocksOf("suggestion"))
        .containsExactly("if (user === null) {\n  return 0;\n}\n");
    assertThat(body.paragraphs())
        .contains(
            "🛑 blocker · `model` `null-dereference`",
            "`user` may be null here; the lookup returns null for a deleted account.")
        .anySatisfy(p -> assertThat(p).startsWith("✅ Verified"));
  }

  @Test
  void aSuggestionThatFailedItsTypeCheckIsShownButNotOfferedForApplying() throws Exception {
    JsonNode comment = github(SampleReports.full()).get("comments").get(3);

    RenderedMarkdown body = RenderedMarkdown.of(comment.get("body").asText());
    assertThat(body.blocksOf("suggestion")).isEmpty();
    assertThat(body.blocksOf("ts")).containsExactly(SampleReports.FENCE_SUGGESTION + "\n");
    assertThat(body.anyParagraphContains("did not pass the type check")).isTrue();
  }

  @Test
  void aFindingReachingPastTheChangedLinesIsCommentedOnTheChangedPartWithoutApplyableSuggestion()
      throws Exception {
    JsonNode comment =
        github(with(finding("src/cart.ts", 13, 16, Optional.of("return total ?? 0;"))))
            .get("comments")
            .get(0);

    assertThat(comment.get("start_line").asInt()).isEqualTo(13);
    assertThat(comment.get("line").asInt()).isEqualTo(14);
    RenderedMarkdown body = RenderedMarkdown.of(comment.get("body").asText());
    assertThat(body.blocksOf("suggestion")).isEmpty();
    assertThat(body.blocksOf("ts")).containsExactly("return total ?? 0;\n");
    assertThat(body.anyParagraphContains("Suggested for lines 13–16, beyond the changed lines"))
        .isTrue();
  }

  @Test
  void aFindingOnNoChangedLineGoesIntoTheBody() throws Exception {
    JsonNode review =
        github(
            with(
                finding("src/cart.ts", 20, 22, Optional.empty()),
                finding("src/other.ts", 1, 1, Optional.empty())));

    assertThat(review.get("comments")).isEmpty();
    RenderedMarkdown body = RenderedMarkdown.of(review.get("body").asText());
    assertThat(body.paragraphs())
        .anySatisfy(
            p ->
                assertThat(p).contains("`src/cart.ts` lines 20–22: `order.total` may be undefined"))
        .anySatisfy(p -> assertThat(p).contains("`src/other.ts` line 1"));
  }

  @Test
  void aCleanReviewHasASummaryAndNoComments() throws Exception {
    JsonNode review = github(SampleReports.clean());

    assertThat(review.get("comments")).isEmpty();
    assertThat(review.get("body").asText())
        .startsWith("## TypeScript review: No findings in 3 changed TypeScript files.");
  }
}
