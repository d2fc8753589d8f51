package onramp.workspace.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import onramp.gateway.DataClass;
import onramp.workspace.templates.TemplateException.Problem;
import org.junit.jupiter.api.Test;

class TemplateRulesTest {
  private static final List<Variable> TONE =
      List.of(Variable.choice("tone", "Tone", true, List.of("Warm")));

  private static List<String> messages(String id, TemplateDraft draft) {
    return TemplateRules.problems(id, draft).stream().map(Problem::message).toList();
  }

  @Test
  void aWellFormedTemplatePasses() {
    assertThat(TemplateRules.problems("test-template", Fixtures.everyType())).isEmpty();
  }

  @Test
  void anUnknownPlaceholderIsAnErrorAtSaveTime() {
    assertThat(messages("t", Fixtures.draft("Hello {{tone}} {{name}}", TONE)))
        .containsExactly(
            "the body uses {{name}}, which is not a declared variable; declare it or remove it");
    assertThat(messages("t", Fixtures.draft("{{#missing}}x{{/missing}} {{tone}}", TONE)))
        .singleElement()
        .asString()
        .contains("{{missing}}");
  }

  @Test
  void aDeclaredVariableNobodyUsesIsAnError() {
    TemplateDraft draft =
        new TemplateDraft(
            "n",
            "",
            "support",
            Sharing.ownerOnly(),
            DataClass.PUBLIC,
            "",
            "Just text",
            TONE,
            List.of(),
            "");
    assertThat(messages("t", draft))
        .containsExactly(
            "variable 'tone' is declared but neither the system prompt nor the body uses {{tone}}");
  }

  @Test
  void partialsInheritanceAndDotNamesAreRefused() {
    assertThat(messages("t", Fixtures.draft("{{>other}} {{tone}}", TONE)))
        .containsExactly("the body uses {{>other}} (partials are not allowed)");
    assertThat(messages("t", Fixtures.draft("{{#tone}}{{.}}{{/tone}}", TONE)))
        .singleElement()
        .asString()
        .contains("uses {{.}}, which is not a declared variable");
  }

  @Test
  void malformedTemplateTextNamesTheFieldAndTheLine() {
    assertThat(messages("t", Fixtures.draft("{{tone}}\n{{#tone}} never closed", TONE)))
        .singleElement()
        .asString()
        .startsWith("the body is not a well-formed template: ")
        .contains("tone")
        .contains("line 2");
  }

  @Test
  void idNamesVariablesAndChoicesAreChecked() {
    List<Variable> variables =
        List.of(
            Variable.choice("tone", "Tone", true, List.of("Warm", "warm", "")),
            Variable.of("tone", "Again", VariableType.TEXT, false),
            Variable.of("2bad", "", VariableType.TEXT, false),
            new Variable("date", "Date", VariableType.DATE, false, List.of("x"), ""),
            Variable.choice("empty", "Empty", false, List.of()));
    assertThat(messages("Bad Id!", Fixtures.draft("{{tone}}", variables)))
        .contains(
            "the id must be lower-case letters and digits in words joined by '-', at most 64"
                + " characters, e.g. rider-complaint-reply",
            "choice 'warm' of 'tone' is listed twice",
            "a choice of 'tone' is empty, longer than 200 characters or more than one line",
            "variable 'tone' is declared twice",
            "variable name '2bad' must start with a letter and hold only letters, digits and '_'"
                + " (at most 40)",
            "variables[2].label is required",
            "variable 'date' is DATE; only a CHOICE has choices",
            "choice variable 'empty' needs 1 to 300 choices");
  }

  @Test
  void outputsNeedDistinctNamesAndHeadings() {
    TemplateDraft d = Fixtures.draft("{{tone}}", TONE);
    TemplateDraft withOutputs =
        new TemplateDraft(
            d.name(),
            d.description(),
            d.ownerTeam(),
            d.sharing(),
            d.defaultDataClass(),
            d.systemPrompt(),
            d.body(),
            d.variables(),
            List.of(new Output("reply", "Reply"), new Output("reply", "## reply:")),
            "");
    assertThat(messages("t", withOutputs))
        .containsExactly("section 'reply' is listed twice", "heading '## reply:' is listed twice");
  }

  @Test
  void checkThrowsWithEveryProblem() {
    assertThatThrownBy(() -> TemplateRules.check("t", Fixtures.draft("", TONE)))
        .isInstanceOf(TemplateException.Invalid.class)
        .hasMessageStartingWith("Template 't' cannot be saved: body is required");
  }
}
