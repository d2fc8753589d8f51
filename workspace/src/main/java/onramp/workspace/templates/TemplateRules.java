package onramp.workspace.templates;

import com.samskivert.mustache.MustacheException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import onramp.workspace.templates.TemplateException.Problem;

/**
 * What a template must be before it is saved. Every problem is collected, so the form can mark all
 * of them at once.
 */
final class TemplateRules {
  static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  static final int MAX_ID = 64;
  static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
  static final int MAX_NAME = 120;
  static final int MAX_DESCRIPTION = 2_000;
  static final int MAX_PROMPT = 20_000;
  static final int MAX_VARIABLES = 30;
  static final int MAX_CHOICES = 300;
  static final int MAX_CHOICE = 200;
  static final int MAX_HELP = 500;
  static final int MAX_OUTPUTS = 10;
  static final int MAX_TEAM = 100;
  static final int MAX_CHANGE_NOTE = 500;

  private TemplateRules() {}

  /** Throws {@link TemplateException.Invalid} listing every problem of the template. */
  static void check(String id, TemplateDraft draft) {
    List<Problem> problems = problems(id, draft);
    if (!problems.isEmpty()) {
      throw new TemplateException.Invalid("Template '" + id + "' cannot be saved", problems);
    }
  }

  static List<Problem> problems(String id, TemplateDraft d) {
    List<Problem> p = new ArrayList<>();
    if (id.length() > MAX_ID || !ID.matcher(id).matches()) {
      p.add(
          new Problem(
              "id",
              "the id must be lower-case letters and digits in words joined by '-', at most "
                  + MAX_ID
                  + " characters, e.g. rider-complaint-reply"));
    }
    text(p, "name", d.name(), MAX_NAME, true, true);
    text(p, "description", d.description(), MAX_DESCRIPTION, false, false);
    if (d.ownerTeam() != null) {
      text(p, "ownerTeam", d.ownerTeam(), MAX_TEAM, true, true);
    }
    for (int i = 0; i < d.sharing().teams().size(); i++) {
      text(p, "sharing.teams[" + i + "]", d.sharing().teams().get(i), MAX_TEAM, true, true);
    }
    text(p, "systemPrompt", d.systemPrompt(), MAX_PROMPT, false, false);
    text(p, "body", d.body(), MAX_PROMPT, true, false);
    text(p, "changeNote", d.changeNote(), MAX_CHANGE_NOTE, false, false);
    variables(p, d.variables());
    outputs(p, d.outputs());
    placeholders(p, d);
    return p;
  }

  private static void variables(List<Problem> p, List<Variable> variables) {
    if (variables.size() > MAX_VARIABLES) {
      p.add(new Problem("variables", "a template has at most " + MAX_VARIABLES + " variables"));
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < variables.size(); i++) {
      Variable v = variables.get(i);
      String at = "variables[" + i + "]";
      if (!VARIABLE_NAME.matcher(v.name()).matches()) {
        p.add(
            new Problem(
                at + ".name",
                "variable name '"
                    + v.name()
                    + "' must start with a letter and hold only letters, digits and '_' (at most"
                    + " 40)"));
      } else if (!names.add(v.name())) {
        p.add(new Problem(at + ".name", "variable '" + v.name() + "' is declared twice"));
      }
      text(p, at + ".label", v.label(), MAX_NAME, true, true);
      text(p, at + ".help", v.help(), MAX_HELP, false, false);
      if (v.type() == VariableType.CHOICE) {
        choices(p, at, v);
      } else if (!v.choices().isEmpty()) {
        p.add(
            new Problem(
                at + ".choices",
                "variable '" + v.name() + "' is " + v.type() + "; only a CHOICE has choices"));
      }
    }
  }

  private static void choices(List<Problem> p, String at, Variable v) {
    if (v.choices().isEmpty() || v.choices().size() > MAX_CHOICES) {
      p.add(
          new Problem(
              at + ".choices",
              "choice variable '" + v.name() + "' needs 1 to " + MAX_CHOICES + " choices"));
    }
    Set<String> seen = new HashSet<>();
    for (String choice : v.choices()) {
      if (choice.isBlank() || choice.length() > MAX_CHOICE || choice.contains("\n")) {
        p.add(
            new Problem(
                at + ".choices",
                "a choice of '"
                    + v.name()
                    + "' is empty, longer than "
                    + MAX_CHOICE
                    + " characters or more than one line"));
      } else if (!seen.add(choice.strip().toLowerCase(Locale.ROOT))) {
        p.add(
            new Problem(
                at + ".choices", "choice '" + choice + "' of '" + v.name() + "' is listed twice"));
      }
    }
  }

  private static void outputs(List<Problem> p, List<Output> outputs) {
    if (outputs.size() > MAX_OUTPUTS) {
      p.add(new Problem("outputs", "a template asks for at most " + MAX_OUTPUTS + " sections"));
    }
    Set<String> names = new HashSet<>();
    Set<String> headings = new HashSet<>();
    for (int i = 0; i < outputs.size(); i++) {
      Output o = outputs.get(i);
      String at = "outputs[" + i + "]";
      if (!VARIABLE_NAME.matcher(o.name()).matches()) {
        p.add(
            new Problem(
                at + ".name",
                "section name '" + o.name() + "' must start with a letter (letters, digits, '_')"));
      } else if (!names.add(o.name())) {
        p.add(new Problem(at + ".name", "section '" + o.name() + "' is listed twice"));
      }
      text(p, at + ".heading", o.heading(), MAX_NAME, true, true);
      if (!headings.add(OutputSections.normalise(o.heading()))) {
        p.add(new Problem(at + ".heading", "heading '" + o.heading() + "' is listed twice"));
      }
    }
  }

  /** Every placeholder is a declared variable, every declared variable is used, nothing else. */
  private static void placeholders(List<Problem> p, TemplateDraft d) {
    Set<String> used = new LinkedHashSet<>();
    for (String field : List.of("systemPrompt", "body")) {
      String text = field.equals("body") ? d.body() : d.systemPrompt();
      MustacheText.Names names;
      try {
        names = MustacheText.names(text);
      } catch (MustacheException e) {
        p.add(
            new Problem(
                field,
                "the " + label(field) + " is not a well-formed template: " + e.getMessage()));
        continue;
      }
      for (String refused : names.refused()) {
        p.add(new Problem(field, "the " + label(field) + " uses " + refused));
      }
      for (String name : names.used()) {
        if (d.variables().stream().noneMatch(v -> v.name().equals(name))) {
          p.add(
              new Problem(
                  field,
                  "the "
                      + label(field)
                      + " uses {{"
                      + name
                      + "}}, which is not a declared variable; declare it or remove it"));
        }
      }
      used.addAll(names.used());
    }
    for (Variable v : d.variables()) {
      if (!used.contains(v.name())) {
        p.add(
            new Problem(
                "variables",
                "variable '"
                    + v.name()
                    + "' is declared but neither the system prompt nor the body uses {{"
                    + v.name()
                    + "}}"));
      }
    }
  }

  private static String label(String field) {
    return field.equals("body") ? "body" : "system prompt";
  }

  private static void text(
      List<Problem> p, String field, String value, int max, boolean required, boolean oneLine) {
    if (required && value.isBlank()) {
      p.add(new Problem(field, field + " is required"));
    } else if (value.length() > max) {
      p.add(new Problem(field, field + " is longer than " + max + " characters"));
    } else if (oneLine && (value.contains("\n") || value.contains("\r"))) {
      p.add(new Problem(field, field + " must be one line"));
    }
  }
}
