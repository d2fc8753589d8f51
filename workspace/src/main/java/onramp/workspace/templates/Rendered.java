package onramp.workspace.templates;

/**
 * A template filled in: what is sent to the model.
 *
 * @param system the system prompt (empty when the template has none)
 * @param text the user text
 */
public record Rendered(String templateId, int version, String system, String text) {}
