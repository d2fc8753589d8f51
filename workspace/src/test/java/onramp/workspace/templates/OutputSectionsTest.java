package onramp.workspace.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputSectionsTest {
  private static final List<Output> COMPLAINT =
      List.of(new Output("reply", "Reply"), new Output("summary", "Internal summary"));

  @Test
  void theFormTheTemplateAsksForSplitsCleanly() {
    OutputSections.Split split =
        OutputSections.split(
            COMPLAINT,
            "## Reply\nDear rider,\n\nWe are sorry.\n\n## Internal summary\nLate pickup; refund.\n");
    assertThat(split.sections())
        .containsExactly(
            Map.entry("reply", "Dear rider,\n\nWe are sorry."),
            Map.entry("summary", "Late pickup; refund."));
    assertThat(split.missing()).isEmpty();
    assertThat(split.preamble()).isEmpty();
    assertThat(split.headingsFound()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "# Reply\nHello.\n### internal summary:\nOne line.",
        "**Reply**\nHello.\n**Internal Summary:**\nOne line.",
        "**Reply:**\nHello.\n\n__Internal summary__\nOne line.",
        "Reply:\nHello.\nInternal summary: One line.",
        "REPLY\nHello.\nInternal summary\nOne line.",
        "## Reply draft\nHello.\n## Internal summary (one line)\nOne line.",
        "Here is the draft you asked for.\n\n## Reply\nHello.\n\n## Internal summary\n\nOne line.\n",
        "\r\n## Reply\r\nHello.\r\n## Internal summary\r\nOne line.\r\n"
      })
  void headingsAreRecognisedInTheFormsModelsWrite(String answer) {
    OutputSections.Split split = OutputSections.split(COMPLAINT, answer);
    assertThat(split.section("reply")).contains("Hello.");
    assertThat(split.section("summary")).contains("One line.");
    assertThat(split.missing()).isEmpty();
  }

  @Test
  void textBeforeTheFirstHeadingIsThePreamble() {
    assertThat(
            OutputSections.split(COMPLAINT, "Sure!\n## Reply\nHi\n## Internal summary\nx")
                .preamble())
        .isEqualTo("Sure!");
  }

  @Test
  void sectionsInAnotherOrderAreFound() {
    OutputSections.Split split =
        OutputSections.split(COMPLAINT, "## Internal summary\nShort.\n## Reply\nLong reply.");
    assertThat(split.section("reply")).contains("Long reply.");
    assertThat(split.section("summary")).contains("Short.");
  }

  @Test
  void linesThatOnlyLookLikeHeadingsStayText() {
    String answer =
        "## Reply\nThanks for your message.\n**Reply** to this e-mail if you need more.\n"
            + "## Reply to the rider's second point\nMore text.\n"
            + "```\n## Internal summary\n```\n"
            + "Summary: not our heading\n"
            + "## Internal summary\nThe one line.";
    OutputSections.Split split = OutputSections.split(COMPLAINT, answer);
    assertThat(split.section("reply").orElseThrow())
        .contains("**Reply** to this e-mail")
        .contains("## Reply to the rider's second point")
        .contains("```\n## Internal summary\n```")
        .contains("Summary: not our heading");
    assertThat(split.section("summary")).contains("The one line.");
  }

  @Test
  void aSecondHeadingOfTheSameSectionIsText() {
    OutputSections.Split split =
        OutputSections.split(COMPLAINT, "## Reply\nA\n## Reply\nB\n## Internal summary\nC");
    assertThat(split.section("reply")).contains("A\n## Reply\nB");
  }

  @Test
  void aMissingSectionIsReported() {
    OutputSections.Split split = OutputSections.split(COMPLAINT, "## Reply\nOnly the reply.");
    assertThat(split.section("reply")).contains("Only the reply.");
    assertThat(split.missing()).containsExactly("summary");
  }

  @Test
  void anAnswerWithoutAnyHeadingIsTheFirstSection() {
    OutputSections.Split split = OutputSections.split(COMPLAINT, "  Dear rider, sorry.  ");
    assertThat(split.headingsFound()).isFalse();
    assertThat(split.section("reply")).contains("Dear rider, sorry.");
    assertThat(split.missing()).containsExactly("summary");
  }

  @Test
  void aTemplateWithoutOutputsHasNoSections() {
    OutputSections.Split split = OutputSections.split(List.of(), "free text");
    assertThat(split.sections()).isEmpty();
    assertThat(split.preamble()).isEqualTo("free text");
  }
}
