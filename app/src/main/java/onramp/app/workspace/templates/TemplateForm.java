package onramp.app.workspace.templates;

import java.util.ArrayList;
import java.util.List;
import onramp.gateway.DataClass;
import onramp.workspace.templates.Output;
import onramp.workspace.templates.Sharing;
import onramp.workspace.templates.TemplateDraft;
import onramp.workspace.templates.TemplateException;
import onramp.workspace.templates.TemplateException.Problem;
import onramp.workspace.templates.Variable;
import onramp.workspace.templates.VariableType;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST} and {@code PUT /api/workspace/templates}: a template's content as the
 * editor sends it. Absent fields are empty; what is then missing is reported with every other
 * problem.
 *
 * @param id the new template's id (POST only; PUT takes it from the path)
 * @param baseVersion the version the editor started from (PUT); a newer one refuses the save
 * @param ownerTeam absent: the author's team (POST) or the current owner (PUT)
 */
record TemplateForm(
    @Nullable String id,
    @Nullable Integer baseVersion,
    @Nullable String name,
    @Nullable String description,
    @Nullable String ownerTeam,
    @Nullable SharingForm sharing,
    @Nullable DataClass defaultDataClass,
    @Nullable String systemPrompt,
    @Nullable String body,
    @Nullable List<VariableForm> variables,
    @Nullable List<OutputForm> outputs,
    @Nullable String changeNote) {

  record SharingForm(@Nullable Boolean everyone, @Nullable List<String> teams) {}

  record VariableForm(
      @Nullable String name,
      @Nullable String label,
      @Nullable VariableType type,
      @Nullable Boolean required,
      @Nullable List<String> choices,
      @Nullable String help) {}

  record OutputForm(@Nullable String name, @Nullable String heading) {}

  TemplateDraft draft() {
    List<Problem> problems = new ArrayList<>();
    List<Variable> vars = new ArrayList<>();
    List<VariableForm> given = variables == null ? List.of() : variables;
    for (int i = 0; i < given.size(); i++) {
      VariableForm v = given.get(i);
      if (v.type() == null) {
        problems.add(
            new Problem(
                "variables[" + i + "].type",
                "variable "
                    + (v.name() == null ? "#" + (i + 1) : "'" + v.name() + "'")
                    + " needs a type: TEXT, LONG_TEXT, CHOICE, DATE or FILE"));
        continue;
      }
      vars.add(
          new Variable(
              text(v.name()),
              text(v.label()),
              v.type(),
              Boolean.TRUE.equals(v.required()),
              v.choices() == null ? List.of() : v.choices().stream().map(String::strip).toList(),
              text(v.help())));
    }
    if (defaultDataClass == null) {
      problems.add(
          new Problem(
              "defaultDataClass",
              "defaultDataClass is required: PUBLIC, INTERNAL, CUSTOMER or RESTRICTED"));
    }
    if (!problems.isEmpty()) {
      throw new TemplateException.Invalid("The template cannot be saved", problems);
    }
    return new TemplateDraft(
        text(name),
        text(description),
        ownerTeam == null || ownerTeam.isBlank() ? null : ownerTeam,
        sharing == null
            ? Sharing.ownerOnly()
            : new Sharing(
                Boolean.TRUE.equals(sharing.everyone()),
                sharing.teams() == null ? List.of() : sharing.teams()),
        java.util.Objects.requireNonNull(defaultDataClass),
        text(systemPrompt),
        text(body),
        vars,
        outputs == null
            ? List.of()
            : outputs.stream().map(o -> new Output(text(o.name()), text(o.heading()))).toList(),
        text(changeNote));
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value;
  }
}
