package onramp.workspace;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of people a text introduces by a cue ("my name is Jane Doe", "Dear Mr. Okafor", "driver
 * Luis Ortega", "Regards,\nAna Lima", "From: Jane Doe &lt;…&gt;"). The gateway masks names only
 * where it is told them; these are told, with the names the employee gives. A heuristic, not a
 * named-entity model (none is reachable here): it finds cued names, not every name.
 */
final class NameCues {
  private static final String NAME_WORD = "\\p{Lu}[\\p{Ll}'’\\-]+";
  private static final Pattern CUED =
      Pattern.compile(
          "(?:(?i:\\b(?:my name is|name is|name:|i am|i'm|this is|dear|hi|hello|hey|mr\\.?|mrs\\.?|ms\\.?|miss|dr\\.?"
              + "|driver|rider|passenger|customer|applicant|from:|signed|regards,|thanks,|thank you,|sincerely,|cheers,|best,))[ \\t]*\\n?[ \\t]*"
              + "(?:(?:Mr|Mrs|Ms|Miss|Dr|Mx)\\.?[ \\t]+)?)"
              + "("
              + NAME_WORD
              + "(?:[ \\t]+(?:\\p{Lu}\\.[ \\t]+)?"
              + NAME_WORD
              + "){0,2})");

  /** Capitalised words that follow cues without being names. */
  private static final Set<String> NOT_NAMES =
      Set.copyOf(
          List.of(
              "sorry",
              "writing",
              "not",
              "very",
              "so",
              "still",
              "the",
              "a",
              "an",
              "there",
              "all",
              "team",
              "support",
              "everyone",
              "sir",
              "madam",
              "again",
              "urgent",
              "regarding",
              "about",
              "your",
              "our",
              "my",
              "this",
              "that",
              "in",
              "on",
              "at",
              "to",
              "from",
              "and",
              "please",
              "unable",
              "happy",
              "glad",
              "going",
              "trying",
              "here",
              "calling",
              "contacting",
              "and",
              "customer",
              "driver",
              "rider",
              "passenger",
              "theoretical",
              "monday",
              "tuesday",
              "wednesday",
              "thursday",
              "friday",
              "saturday",
              "sunday",
              "today",
              "yesterday"));

  private NameCues() {}

  /** The cued names in {@code texts}, in order of first sight, without repeats. */
  static List<String> in(List<String> texts) {
    Set<String> names = new LinkedHashSet<>();
    for (String text : texts) {
      Matcher m = CUED.matcher(text);
      while (m.find()) {
        String name = m.group(1).strip();
        String first = name.split("[ \\t]+")[0].toLowerCase(Locale.ROOT);
        if (!NOT_NAMES.contains(first)) {
          names.add(name.replaceAll("[ \\t]+", " "));
        }
      }
    }
    return List.copyOf(names);
  }
}
