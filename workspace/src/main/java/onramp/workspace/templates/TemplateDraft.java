package onramp.workspace.templates;

import java.util.List;
import onramp.gateway.DataClass;
import org.jspecify.annotations.Nullable;

/**
 * What an employee writes to create a template or a new version of one: everything but the id, the
 * version number and who wrote it when.
 *
 * @param ownerTeam the team that owns the template; null: the author's team (on create) or the
 *     current owner (on a new version)
 * @param systemPrompt the model's instructions (may use placeholders; may be empty)
 * @param body the user text with {@code {{variable}}} placeholders
 * @param outputs the sections the answer is asked to have (empty: free-form answer)
 * @param changeNote what changed and why, shown in the history
 */
public record TemplateDraft(
    String name,
    String description,
    @Nullable String ownerTeam,
    Sharing sharing,
    DataClass defaultDataClass,
    String systemPrompt,
    String body,
    List<Variable> variables,
    List<Output> outputs,
    String changeNote) {

  public TemplateDraft {
    variables = List.copyOf(variables);
    outputs = List.copyOf(outputs);
  }
}
