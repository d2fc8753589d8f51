package onramp.workspace.templates;

import java.util.List;
import onramp.gateway.DataClass;

/** Small templates for the tests. */
final class Fixtures {
  private Fixtures() {}

  static final List<Variable> EVERY_TYPE =
      List.of(
          Variable.of("title", "Title", VariableType.TEXT, true),
          Variable.of("notes", "Notes", VariableType.LONG_TEXT, false),
          Variable.choice("tone", "Tone", true, List.of("Warm", "Neutral", "Firm but polite")),
          Variable.of("tripDate", "Trip date", VariableType.DATE, false),
          Variable.of("document", "Document", VariableType.FILE, false));

  static TemplateDraft draft(String body, List<Variable> variables) {
    return new TemplateDraft(
        "Test template",
        "For tests",
        "support",
        Sharing.ownerOnly(),
        DataClass.INTERNAL,
        "Be {{tone}}.",
        body,
        variables,
        List.of(),
        "");
  }

  static TemplateDraft everyType() {
    return draft(
        "Title: {{title}}\n{{#notes}}Notes: {{notes}}\n{{/notes}}"
            + "{{#tripDate}}Date: {{tripDate}}\n{{/tripDate}}{{#document}}Doc: {{document}}{{/document}}",
        EVERY_TYPE);
  }

  static Template template(TemplateDraft draft) {
    TemplateRules.check("test-template", draft);
    return Template.of("test-template", 1, draft, "tester", java.time.Instant.EPOCH);
  }
}
