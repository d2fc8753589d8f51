package onramp.workspace.templates;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import onramp.gateway.DataClass;

/**
 * One version of a template, as stored: immutable once written.
 *
 * @param id the template's slug, e.g. {@code rider-complaint-reply}; the same for all its versions
 * @param version 1 for the first, one more for each change
 * @param ownerTeam the team whose members (and admins) may write new versions
 * @param sharing who else sees it
 * @param defaultDataClass the data class a run of this template starts with
 * @param createdBy the employee who wrote this version ({@value ShippedTemplates#AUTHOR} for the
 *     shipped ones)
 */
public record Template(
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
    String changeNote) {

  public Template {
    variables = List.copyOf(variables);
    outputs = List.copyOf(outputs);
  }

  static Template of(String id, int version, TemplateDraft draft, String createdBy, Instant at) {
    return new Template(
        id,
        version,
        draft.name(),
        draft.description(),
        java.util.Objects.requireNonNull(draft.ownerTeam(), "owner team resolved before saving"),
        draft.sharing(),
        draft.defaultDataClass(),
        draft.systemPrompt(),
        draft.body(),
        draft.variables(),
        draft.outputs(),
        createdBy,
        at,
        draft.changeNote());
  }

  public Optional<Variable> variable(String name) {
    return variables.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  /** Whether an employee of this team sees the template (admins see every template). */
  public boolean visibleTo(String team) {
    return sharing.everyone() || ownerTeam.equals(team) || sharing.teams().contains(team);
  }

  /** This version's content as a draft, e.g. to change one field for the next version. */
  public TemplateDraft draft() {
    return new TemplateDraft(
        name,
        description,
        ownerTeam,
        sharing,
        defaultDataClass,
        systemPrompt,
        body,
        variables,
        outputs,
        changeNote);
  }
}
