package onramp.workspace.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import onramp.workspace.templates.TemplateException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateRendererTest {
  private final Template template = Fixtures.template(Fixtures.everyType());

  private static Map<String, String> values(String... pairs) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], pairs[i + 1]);
    }
    return values;
  }

  private List<Problem> problems(Map<String, String> values) {
    try {
      TemplateRenderer.render(template, values);
    } catch (TemplateException.Invalid e) {
      return e.problems();
    }
    throw new AssertionError("expected the values to be refused: " + values);
  }

  @Test
  void everyTypeFilledInRendersTheSystemPromptAndTheText() {
    Rendered r =
        TemplateRenderer.render(
            template,
            values(
                "title", "  Late pickup ",
                "notes", "Line one\r\nLine two",
                "tone", "Warm",
                "tripDate", "2026-02-28",
                "document", "Extracted text of the PDF"));
    assertThat(r.system()).isEqualTo("Be Warm.");
    assertThat(r.text())
        .isEqualTo(
            "Title: Late pickup\nNotes: Line one\nLine two\nDate: 2026-02-28\n"
                + "Doc: Extracted text of the PDF");
    assertThat(r.templateId()).isEqualTo("test-template");
    assertThat(r.version()).isEqualTo(1);
  }

  @Test
  void optionalVariablesLeftEmptyDropTheirSections() {
    Rendered r = TemplateRenderer.render(template, values("title", "T", "tone", "Neutral"));
    assertThat(r.text()).isEqualTo("Title: T");
  }

  @Test
  void aChoiceMatchesWhateverItsCaseAndIsSentAsListed() {
    Rendered r = TemplateRenderer.render(template, values("title", "T", "tone", "firm BUT polite"));
    assertThat(r.system()).isEqualTo("Be Firm but polite.");
  }

  @Test
  void aValueCannotBringInAnotherVariableOrTemplateSyntax() {
    Rendered r =
        TemplateRenderer.render(
            template,
            values(
                "title", "{{tone}} {{#notes}}x{{/notes}} {{>partial}}",
                "tone", "Warm",
                "notes", "<b>&amp;</b> {{{title}}}"));
    assertThat(r.text())
        .startsWith("Title: {{tone}} {{#notes}}x{{/notes}} {{>partial}}\n")
        .contains("Notes: <b>&amp;</b> {{{title}}}");
  }

  @Test
  void requiredValuesMissingAreNamed() {
    assertThat(problems(values("tone", "Warm")))
        .containsExactly(new Problem("title", "'title' (Title) is required; fill it in"));
    assertThat(problems(values("title", "   ", "tone", "")))
        .extracting(Problem::field)
        .containsExactly("title", "tone");
  }

  @Test
  void aRequiredFileWithoutTextIsRefused() {
    Template needsFile =
        Fixtures.template(
            Fixtures.draft(
                "{{document}} {{tone}}",
                List.of(
                    Variable.of("document", "Document", VariableType.FILE, true),
                    Variable.choice("tone", "Tone", true, List.of("Warm")))));
    assertThatThrownBy(() -> TemplateRenderer.render(needsFile, values("tone", "Warm")))
        .isInstanceOf(TemplateException.Invalid.class)
        .hasMessageContaining("'document' (Document) needs a file with text in it");
  }

  @Test
  void aChoiceNotInTheListIsRefusedWithTheChoices() {
    assertThat(problems(values("title", "T", "tone", "Angry")))
        .containsExactly(
            new Problem(
                "tone",
                "'tone' (Tone) must be one of Warm, Neutral, Firm but polite; got 'Angry'"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"14/03/2026", "2026-3-14", "2026-02-30", "2026-13-01", "yesterday"})
  void aDateMustBeARealIsoDate(String date) {
    assertThat(problems(values("title", "T", "tone", "Warm", "tripDate", date)))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("tripDate");
              assertThat(p.message())
                  .startsWith("'tripDate' (Trip date) must be a date written yyyy-MM-dd");
            });
  }

  @Test
  void aTextMustBeOneLine() {
    assertThat(problems(values("title", "one\ntwo", "tone", "Warm")))
        .containsExactly(new Problem("title", "'title' (Title) must be one line"));
  }

  @Test
  void lengthLimitsPerType() {
    assertThat(problems(values("title", "x".repeat(TemplateRenderer.MAX_TEXT + 1), "tone", "Warm")))
        .singleElement()
        .extracting(Problem::message)
        .isEqualTo("'title' (Title) is 1001 characters long; at most 1000 are allowed");
    assertThat(
            problems(
                values(
                    "title", "T",
                    "tone", "Warm",
                    "notes", "x".repeat(TemplateRenderer.MAX_LONG_TEXT + 1))))
        .extracting(Problem::field)
        .containsExactly("notes");
    assertThat(
            problems(
                values(
                    "title", "T",
                    "tone", "Warm",
                    "document", "x".repeat(TemplateRenderer.MAX_FILE_TEXT + 1))))
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .endsWith("attach a smaller file");
    // at the limit is fine
    TemplateRenderer.render(
        template,
        values(
            "title",
            "x".repeat(TemplateRenderer.MAX_TEXT),
            "tone",
            "Warm",
            "document",
            "x".repeat(TemplateRenderer.MAX_FILE_TEXT)));
  }

  @Test
  void aNulCharacterIsRefused() {
    assertThat(problems(values("title", "a\0b", "tone", "Warm")))
        .extracting(Problem::message)
        .containsExactly("'title' (Title) contains a NUL character; paste plain text");
  }

  @Test
  void aValueForAVariableTheTemplateDoesNotHaveIsRefused() {
    assertThat(problems(values("title", "T", "tone", "Warm", "colour", "red")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("colour");
              assertThat(p.message())
                  .isEqualTo(
                      "'colour' is not a variable of template 'test-template' (it has title,"
                          + " notes, tone, tripDate, document)");
            });
  }

  @Test
  void everyProblemIsReportedAtOnceAndTheMessageNamesThem() {
    assertThatThrownBy(
            () -> TemplateRenderer.render(template, values("tone", "Loud", "tripDate", "tomorrow")))
        .isInstanceOf(TemplateException.Invalid.class)
        .hasMessageStartingWith("Template 'Test template' cannot be filled in: ")
        .hasMessageContaining("'title' (Title) is required")
        .hasMessageContaining("'tone' (Tone) must be one of")
        .hasMessageContaining("'tripDate' (Trip date) must be a date");
  }

  @Test
  void aLongChoiceListIsShortenedInTheMessage() {
    List<String> many = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add("Choice " + i);
    }
    Template t =
        Fixtures.template(
            Fixtures.draft(
                "{{pick}} {{tone}}",
                List.of(
                    Variable.choice("pick", "Pick", true, many),
                    Variable.choice("tone", "Tone", true, List.of("Warm")))));
    assertThatThrownBy(() -> TemplateRenderer.render(t, values("pick", "nope", "tone", "Warm")))
        .hasMessageContaining("Choice 11 … (40 choices); got 'nope'");
  }
}
