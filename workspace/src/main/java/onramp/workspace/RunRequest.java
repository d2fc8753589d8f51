package onramp.workspace;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import onramp.gateway.DataClass;

/**
 * One prompt an employee runs.
 *
 * @param text what the model is asked (a template's rendered text, or what the employee typed)
 * @param system instructions before the conversation (a template's system prompt), or empty
 * @param template the template it came from, for usage per template
 * @param conversation the conversation it continues, or empty for a new one
 * @param names people named in the text (masked wherever they appear, when the data class masks)
 * @param attachments files read for this run
 * @param maxTokens the longest answer asked for
 */
public record RunRequest(
    String text,
    String system,
    Optional<TemplateRef> template,
    DataClass dataClass,
    String model,
    Optional<UUID> conversation,
    List<String> names,
    List<Attachment> attachments,
    int maxTokens) {

  public RunRequest {
    names = List.copyOf(names);
    attachments = List.copyOf(attachments);
    if (text.isBlank() && attachments.isEmpty()) {
      throw new WorkspaceException(
          WorkspaceException.Kind.INVALID, "text: write a prompt or attach a file");
    }
    if (model.isBlank()) {
      throw new WorkspaceException(WorkspaceException.Kind.INVALID, "model: choose a model");
    }
    if (maxTokens < 1) {
      throw new WorkspaceException(
          WorkspaceException.Kind.INVALID, "maxTokens: a positive number is required");
    }
  }

  /** A template's identity as a run records it. */
  public record TemplateRef(String id, int version, String name) {}
}
