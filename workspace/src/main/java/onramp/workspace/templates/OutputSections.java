package onramp.workspace.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Splits a model's answer into the sections its template asked for. Models do not always write the
 * heading exactly as asked, so a heading is recognised in any of these forms, in any case: {@code
 * ## Reply}, {@code # Reply draft}, {@code **Reply**}, {@code **Reply:**}, {@code Reply:}, and
 * {@code Internal summary: text on the same line}. Each section is taken at its first heading;
 * headings inside code fences are text. Text before the first heading is the preamble.
 */
public final class OutputSections {
  private OutputSections() {}

  /**
   * An answer split into sections.
   *
   * @param sections section name to its text, for each section found, in the template's order
   * @param missing the names of the sections not found
   * @param preamble what came before the first heading (often empty)
   * @param headingsFound false when the answer had none of the headings; then the whole answer is
   *     the first section's text
   */
  public record Split(
      Map<String, String> sections, List<String> missing, String preamble, boolean headingsFound) {

    public Optional<String> section(String name) {
      return Optional.ofNullable(sections.get(name));
    }
  }

  public static Split split(List<Output> outputs, String answer) {
    String[] lines = answer.replace("\r\n", "\n").split("\n", -1);
    Map<String, StringBuilder> found = new LinkedHashMap<>();
    StringBuilder preamble = new StringBuilder();
    StringBuilder current = preamble;
    boolean fenced = false;
    for (String line : lines) {
      if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
        fenced = !fenced;
      }
      Optional<Heading> heading = fenced ? Optional.empty() : heading(line, outputs, found);
      if (heading.isPresent()) {
        current = new StringBuilder();
        found.put(heading.get().output().name(), current);
        if (!heading.get().rest().isEmpty()) {
          current.append(heading.get().rest()).append('\n');
        }
      } else {
        current.append(line).append('\n');
      }
    }
    Map<String, String> sections = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (Output o : outputs) {
      StringBuilder text = found.get(o.name());
      if (text == null) {
        missing.add(o.name());
      } else {
        sections.put(o.name(), text.toString().strip());
      }
    }
    if (found.isEmpty() && !outputs.isEmpty()) {
      sections.put(outputs.get(0).name(), answer.strip());
      missing.remove(outputs.get(0).name());
      return new Split(sections, missing, "", false);
    }
    return new Split(sections, missing, preamble.toString().strip(), true);
  }

  private record Heading(Output output, String rest) {}

  private static Optional<Heading> heading(
      String line, List<Output> outputs, Map<String, StringBuilder> found) {
    String s = line.strip();
    boolean hashes = s.startsWith("#");
    if (hashes) {
      s = s.replaceFirst("^#{1,6}", "").strip();
    }
    boolean bold = false;
    boolean colon = false;
    String title;
    String rest;
    String marker = s.startsWith("**") ? "**" : s.startsWith("__") ? "__" : "";
    int close = marker.isEmpty() ? -1 : s.indexOf(marker, 2);
    if (close > 2) {
      bold = true;
      title = s.substring(2, close).strip();
      rest = s.substring(close + 2).strip();
      if (title.endsWith(":")) {
        colon = true;
        title = title.substring(0, title.length() - 1);
      } else if (rest.startsWith(":")) {
        colon = true;
        rest = rest.substring(1).strip();
      }
    } else {
      int at = s.indexOf(':');
      colon = at >= 0;
      title = colon ? s.substring(0, at) : s;
      rest = colon ? s.substring(at + 1).strip() : "";
    }
    if (!rest.isEmpty() && !colon) {
      return Optional.empty(); // "**Reply** to the rider" is a line of text
    }
    String normalised = normalise(title);
    boolean plain = !hashes && !bold && !colon;
    for (Output o : outputs) {
      if (found.containsKey(o.name())) {
        continue;
      }
      String wanted = normalise(o.heading());
      boolean exact = normalised.equals(wanted);
      boolean qualified =
          !plain
              && rest.isEmpty()
              && (normalised.startsWith(wanted + " ") || normalised.startsWith(wanted + "("));
      if (exact || qualified) {
        return Optional.of(new Heading(o, rest));
      }
    }
    return Optional.empty();
  }

  /** Lower case, single spaces, no surrounding punctuation: how headings are compared. */
  static String normalise(String heading) {
    return heading
        .strip()
        .replaceAll("\\s+", " ")
        .replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^)]]+$", "")
        .strip()
        .toLowerCase(Locale.ROOT);
  }
}
