package onramp.devtools.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  /** What a reader sees of a message: its lines, each trimmed, one per line. */
  private static String asRead(String message) {
    return Arrays.stream(message.strip().split("\\R"))
        .map(String::strip)
        .collect(Collectors.joining("\n"));
  }

  @Test
  void startsWithOneSummaryLineCountingEverySeverity() {
    String md = Reports.markdown(SampleReports.full());

    assertThat(md.lines().findFirst())
        .contains(
            "## TypeScript review: 2 blocking, 2 warnings, 2 notes in 3 changed TypeScript files.");
  }

  @Test
  void groupsFindingsByFileInTheDiffsOrderAndByLineWithinAFile() {
    RenderedMarkdown md = RenderedMarkdown.of(Reports.markdown(SampleReports.full()));

    assertThat(md.headings())
        .containsExactly(
            "TypeScript review: 2 blocking, 2 warnings, 2 notes in 3 changed TypeScript files.",
            "`src/cart.ts`",
            "`" + SampleReports.UNICODE_PATH + "`",
            "Left out (3)");
    String all = Reports.markdown(SampleReports.full());
    assertThat(all.indexOf("lines 10–11")).isLessThan(all.indexOf("line 12"));
    assertThat(all.indexOf("line 12")).isLessThan(all.indexOf("line 30"));
  }

  @Test
  void linksEveryFindingToItsLinesWithThePathEncoded() {
    RenderedMarkdown md = RenderedMarkdown.of(Reports.markdown(SampleReports.full()));

    assertThat(md.links())
        .contains(
            "src/cart.ts#L12",
            "src/cart.ts#L10-L11",
            "src/%C3%BCn%C3%AFc%C3%B6d%C3%A9/%E6%97%A5%E6%9C%AC%E8%AA%9E%20%E3%83%95%E3%82%A1%E3%82%A4%E3%83%AB.ts#L3-L5");
  }

  @Test
  void linksToTheLinesOnTheWebWhenTheRepositoryIsAWebAddressAndTheHeadACommit() {
    RenderedMarkdown md = RenderedMarkdown.of(Reports.markdown(SampleReports.warningsOnly()));

    assertThat(md.links())
        .contains("https://github.example/acme/shop/blob/9b8e7d6/src/cart.ts#L30");
  }

  @Test
  void showsSourceSeverityAndRuleOfEveryFinding() {
    RenderedMarkdown md = RenderedMarkdown.of(Reports.markdown(SampleReports.full()));

    assertThat(md.paragraphs())
        .anySatisfy(p -> assertThat(p).startsWith("🛑 blocker · `tsc` `TS2322` · line 12: "))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "⚠️ warning · `eslint` `@typescript-eslint/no-floating-promises` · line 30"))
        .anySatisfy(p -> assertThat(p).startsWith("🛑 blocker · `model` `null-dereference`"))
        .anySatisfy(p -> assertThat(p).startsWith("ℹ️ info · `model` `readability` · line 20"));
  }

  @Test
  void aMessageWithAngleBracketsBackticksAndNewlinesReadsAsWrittenInsideItsListItem() {
    String raw = Reports.markdown(SampleReports.full());
    RenderedMarkdown md = RenderedMarkdown.of(raw);

    assertThat(md.anyParagraphContains(asRead(SampleReports.ANGLE_MESSAGE))).isTrue();
    assertThat(md.anyParagraphContains(asRead(SampleReports.BACKTICK_MESSAGE))).isTrue();
    assertThat(md.inlineHtml()).as("no message text taken for HTML").isEmpty();
    assertThat(
            md.anyParagraphContains(
                "Importe « Prix » depuis le mauvais module — 価格 は ./pricing から。"))
        .isTrue();
  }

  @Test
  void suggestionsAreSuggestionBlocksHoldingTheReplacementVerbatim() {
    RenderedMarkdown md = RenderedMarkdown.of(Reports.markdown(SampleReports.full()));

    assertThat(md.blocksOf("suggestion"))
        .containsExactly(
            "if (user === null) {\n  return 0;\n}\n",
            "await cart.save();\n",
            SampleReports.FENCE_SUGGESTION + "\n",
            "");
  }

  @Test
  void saysWhatBecameOfEachSuggestion() {
    RenderedMarkdown md = RenderedMarkdown.of(Reports.markdown(SampleReports.full()));

    assertThat(md.paragraphs().stream().filter(p -> p.startsWith("✅ Verified"))).hasSize(2);
    assertThat(md.paragraphs().stream().filter(p -> p.startsWith("❌ Not verified"))).hasSize(1);
    assertThat(md.paragraphs().stream().filter(p -> p.startsWith("❔ Unverified"))).hasSize(1);
  }

  @Test
  void saysHowTheReviewRanAndWhatWasLeftOut() {
    RenderedMarkdown md = RenderedMarkdown.of(Reports.markdown(SampleReports.full()));

    assertThat(md.paragraphs())
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("`3f2a9c1` → `9b8e7d6`")
                    .contains("Checked with eslint 9.14.0, typescript 5.6.3.")
                    .contains("Model `claude-sonnet-4-5`: 12345 tokens in, 678 out, $0.0472.")
                    .contains("Took 10.4 s (diff 42 ms, tsc 2.9 s, eslint 1.1 s, model 6.4 s)."))
        .contains(
            "context left out: 2 imported declarations over the 20,000-token budget",
            "`assets/logo.png`: binary",
            "`src/old.ts`: deleted",
            "`README.md`: not TypeScript");
  }

  @Test
  void aReviewWithoutTheModelSaysSoAndWhatWasDropped() {
    RenderedMarkdown md = RenderedMarkdown.of(Reports.markdown(SampleReports.modelOff()));

    assertThat(md.paragraphs())
        .contains(
            "model off: no ONRAMP_GATEWAY_URL; type-checker and linter findings only",
            "3 model findings outside the diff dropped")
        .noneSatisfy(p -> assertThat(p).contains("Model `"));
  }

  @Test
  void aCleanReviewSaysSoInItsFirstLine() {
    String md = Reports.markdown(SampleReports.clean());

    assertThat(md).startsWith("## TypeScript review: No findings in 3 changed TypeScript files.\n");
    assertThat(RenderedMarkdown.of(md).headings()).doesNotContain("`src/cart.ts`");
    assertThat(md).contains("900 tokens in, 12 out.");
  }

  @Test
  void aHugeChangeListsTheFirstFiftyLeftOutFilesAndCountsTheRest() {
    String md = Reports.markdown(SampleReports.withSkipped(10_000));

    assertThat(md).contains("### Left out (10000)", "`gen/file00049.ts`: over the file budget");
    assertThat(md).doesNotContain("gen/file00050.ts");
    assertThat(md).contains("… and 9950 more (the JSON report lists them all)");
  }
}
