package onramp.workspace.templates;

/**
 * One section a template asks the model to answer with, under a heading of its own (the prompt asks
 * for {@code ## Reply}, {@code ## Internal summary}); {@link OutputSections} splits an answer into
 * them.
 *
 * @param name the section's key, e.g. {@code reply}
 * @param heading the heading the prompt asks for, e.g. {@code Internal summary}
 */
public record Output(String name, String heading) {}
