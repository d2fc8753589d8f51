package onramp.app.workspace.templates;

import java.time.Instant;
import java.util.List;
import onramp.gateway.DataClass;
import onramp.workspace.templates.Output;
import onramp.workspace.templates.Sharing;
import onramp.workspace.templates.Template;
import onramp.workspace.templates.Variable;

/**
 * A template as the API returns it: the version's content, and whether the signed-in employee may
 * write a new version ({@code editable}).
 */
record TemplateView(
    String id,
    int version,
    String name,
    String description,
    String ownerTeam,
    Sharing sharing,
    DataClass defaultDataClass,
    String systemPrompt,
    String body,
    List<Variable> variables,
    List<Output> outputs,
    String createdBy,
    Instant createdAt,
    String changeNote,
    boolean editable) {

  static TemplateView of(Template t, boolean editable) {
    return new TemplateView(
        t.id(),
        t.version(),
        t.name(),
        t.description(),
        t.ownerTeam(),
        t.sharing(),
        t.defaultDataClass(),
        t.systemPrompt(),
        t.body(),
        t.variables(),
        t.outputs(),
        t.createdBy(),
        t.createdAt(),
        t.changeNote(),
        editable);
  }
}
