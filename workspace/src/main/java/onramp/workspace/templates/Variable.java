package onramp.workspace.templates;

import java.util.List;

/**
 * One field of a template's form.
 *
 * @param name the placeholder's name in the template text: a letter, then letters, digits or
 *     underscores
 * @param label what the form shows
 * @param choices the allowed values of a {@link VariableType#CHOICE}; empty for the other types
 * @param help a line under the field (may be empty)
 */
public record Variable(
    String name,
    String label,
    VariableType type,
    boolean required,
    List<String> choices,
    String help) {

  public Variable {
    choices = List.copyOf(choices);
  }

  public static Variable of(String name, String label, VariableType type, boolean required) {
    return new Variable(name, label, type, required, List.of(), "");
  }

  public static Variable choice(String name, String label, boolean required, List<String> choices) {
    return new Variable(name, label, VariableType.CHOICE, required, choices, "");
  }

  public Variable withHelp(String help) {
    return new Variable(name, label, type, required, choices, help);
  }

  /** How error messages name the variable: its name and, when it differs, its label. */
  String describe() {
    return label.isBlank() || label.equals(name)
        ? "'" + name + "'"
        : "'" + name + "' (" + label + ")";
  }
}
