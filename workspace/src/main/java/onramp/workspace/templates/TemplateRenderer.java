package onramp.workspace.templates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import onramp.workspace.templates.TemplateException.Problem;

/**
 * Fills a template in: checks every value against its variable's type and limits, then renders the
 * system prompt and the user text. Every problem is reported, each naming its variable.
 */
public final class TemplateRenderer {
  /** The longest one-line {@link VariableType#TEXT}. */
  public static final int MAX_TEXT = 1_000;

  /** The longest {@link VariableType#LONG_TEXT}. */
  public static final int MAX_LONG_TEXT = 100_000;

  /** The longest text extracted from a {@link VariableType#FILE}. */
  public static final int MAX_FILE_TEXT = 500_000;

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
  private static final int QUOTE = 40;
  private static final int LISTED_CHOICES = 12;

  private TemplateRenderer() {}

  /**
   * The template filled in with {@code values} (variable name to value; a FILE variable's value is
   * the text extracted from the file).
   *
   * @throws TemplateException.Invalid naming each variable whose value is missing or wrong, and
   *     each value given for a name the template does not have
   */
  public static Rendered render(Template template, Map<String, String> values) {
    List<Problem> problems = new ArrayList<>();
    for (String name : values.keySet()) {
      if (template.variable(name).isEmpty()) {
        problems.add(
            new Problem(
                name,
                "'"
                    + quote(name)
                    + "' is not a variable of template '"
                    + template.id()
                    + "' (it has "
                    + String.join(", ", template.variables().stream().map(Variable::name).toList())
                    + ")"));
      }
    }
    Map<String, String> context = new HashMap<>();
    for (Variable v : template.variables()) {
      String raw = values.get(v.name());
      check(v, raw == null ? "" : raw)
          .ifPresentOrElse(
              problem -> problems.add(new Problem(v.name(), problem)),
              () -> context.put(v.name(), normalised(v, raw == null ? "" : raw)));
    }
    if (!problems.isEmpty()) {
      throw new TemplateException.Invalid(
          "Template '" + template.name() + "' cannot be filled in", problems);
    }
    return new Rendered(
        template.id(),
        template.version(),
        MustacheText.render(template.systemPrompt(), context).strip(),
        MustacheText.render(template.body(), context).strip());
  }

  /** What is wrong with one value, if anything. */
  static Optional<String> check(Variable v, String raw) {
    String value = raw.strip();
    String who = v.describe();
    if (value.indexOf('\0') >= 0) {
      return Optional.of(who + " contains a NUL character; paste plain text");
    }
    if (value.isEmpty()) {
      return v.required()
          ? Optional.of(
              who
                  + (v.type() == VariableType.FILE
                      ? " needs a file with text in it"
                      : " is required; fill it in"))
          : Optional.empty();
    }
    return switch (v.type()) {
      case TEXT ->
          value.contains("\n") || value.contains("\r")
              ? Optional.of(who + " must be one line")
              : longer(who, value, MAX_TEXT);
      case LONG_TEXT -> longer(who, value, MAX_LONG_TEXT);
      case FILE -> longer(who, value, MAX_FILE_TEXT).map(m -> m + "; attach a smaller file");
      case CHOICE ->
          canonicalChoice(v, value).isPresent()
              ? Optional.empty()
              : Optional.of(
                  who + " must be one of " + listed(v.choices()) + "; got '" + quote(value) + "'");
      case DATE -> {
        try {
          LocalDate.parse(value, ISO_DATE);
          yield Optional.empty();
        } catch (DateTimeParseException e) {
          yield Optional.of(
              who
                  + " must be a date written yyyy-MM-dd, e.g. 2026-03-14; got '"
                  + quote(value)
                  + "'");
        }
      }
    };
  }

  private static String normalised(Variable v, String raw) {
    String value = raw.strip().replace("\r\n", "\n").replace('\r', '\n');
    return v.type() == VariableType.CHOICE && !value.isEmpty()
        ? canonicalChoice(v, value).orElse(value)
        : value;
  }

  /** A choice matches whatever its case; the value used is the choice as listed. */
  private static Optional<String> canonicalChoice(Variable v, String value) {
    return v.choices().stream().filter(c -> c.strip().equalsIgnoreCase(value)).findFirst();
  }

  private static Optional<String> longer(String who, String value, int max) {
    return value.length() > max
        ? Optional.of(
            who + " is " + value.length() + " characters long; at most " + max + " are allowed")
        : Optional.empty();
  }

  private static String listed(List<String> choices) {
    List<String> shown = choices.subList(0, Math.min(LISTED_CHOICES, choices.size()));
    String list = String.join(", ", shown);
    return choices.size() > shown.size() ? list + " … (" + choices.size() + " choices)" : list;
  }

  private static String quote(String value) {
    String line = value.replaceAll("\\s+", " ");
    return line.length() <= QUOTE ? line : line.substring(0, QUOTE) + "…";
  }
}
