package onramp.documents.aamva;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds subfiles and elements by scanning for their identifiers rather than trusting the header's
 * offsets, which most real cards get wrong. Separators are whatever the scanner left: LF/CR/RS,
 * other control characters, {@code |}, or nothing at all (keyboard-wedge scanners strip them; then
 * an element ends where the next known, not yet seen identifier begins).
 */
final class ElementScanner {
  private static final Pattern Z_START = Pattern.compile("Z([A-Z])Z\\1[A-Z]");
  private static final Pattern D_ID = Pattern.compile("D[A-Z]{2}");
  private static final Pattern Z_ID = Pattern.compile("Z[A-Z]{2}");

  private final Set<String> known;
  private final String fallbackType;
  private final boolean stripped;
  private final List<String> warnings;
  private final Map<String, Map<String, String>> subfiles = new LinkedHashMap<>();
  private @Nullable String current;

  private ElementScanner(
      Set<String> known, String fallbackType, boolean stripped, List<String> warnings) {
    this.known = known;
    this.fallbackType = fallbackType;
    this.stripped = stripped;
    this.warnings = warnings;
  }

  /** Subfile type → element id → raw value, in payload order. */
  static Map<String, Map<String, String>> scan(String body, Header header, List<String> warnings) {
    boolean control = body.chars().anyMatch(c -> Character.isISOControl(c));
    boolean piped = !control && body.chars().filter(c -> c == '|').count() >= 3;
    boolean stripped = !control && !piped;
    if (stripped) {
      warnings.add(
          "payload has no element separators (keyboard-wedge scanner?); elements split at known identifiers");
    }
    ElementScanner scanner =
        new ElementScanner(
            ElementIds.forVersion(header.version()), header.dlType(), stripped, warnings);
    for (String segment : split(body, piped)) {
      scanner.segment(segment);
    }
    return scanner.subfiles;
  }

  private static List<String> split(String body, boolean piped) {
    List<String> segments = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= body.length(); i++) {
      boolean separator =
          i == body.length()
              || (piped ? body.charAt(i) == '|' : Character.isISOControl(body.charAt(i)));
      if (separator) {
        if (i > start) {
          segments.add(body.substring(start, i));
        }
        start = i + 1;
      }
    }
    return segments;
  }

  private void segment(String s) {
    int i = 0;
    while (i < s.length()) {
      int marker = subfileMarker(s, i);
      if (marker > 0) {
        current = s.substring(i, i + 2);
        subfiles.computeIfAbsent(current, k -> new LinkedHashMap<>());
        i += marker;
        continue;
      }
      if (current == null) {
        int start = firstStart(s, i);
        if (start < 0) {
          ignore(s.length() - i);
          return;
        }
        ignore(start - i);
        i = start;
        if (subfileMarker(s, i) == 0) {
          warnings.add(
              "the "
                  + fallbackType
                  + " subfile does not begin with its type '"
                  + fallbackType
                  + "'");
          current = fallbackType;
          subfiles.computeIfAbsent(current, k -> new LinkedHashMap<>());
        }
        continue;
      }
      int end = s.length();
      if (current.charAt(0) != 'Z') {
        Matcher z = Z_START.matcher(s);
        if (z.find(Math.min(s.length(), i + 3))) {
          end = z.start();
        }
      }
      elements(s.substring(i, end));
      i = end;
    }
  }

  /** Length of a subfile marker ("DL", "ID", "ZV") at {@code i}, or 0. */
  private int subfileMarker(String s, int i) {
    if (i + 2 > s.length()) {
      return 0;
    }
    String type = s.substring(i, i + 2);
    String next = s.substring(i + 2, Math.min(s.length(), i + 5));
    if ((type.equals("DL") || type.equals("ID")) && (next.isEmpty() || known.contains(next))) {
      return 2;
    }
    boolean zType = type.charAt(0) == 'Z' && Character.isUpperCase(type.charAt(1));
    if (zType
        && (next.isEmpty()
            || (next.length() == 3
                && next.startsWith(type)
                && Character.isUpperCase(next.charAt(2))))) {
      return 2;
    }
    return 0;
  }

  private int firstStart(String s, int from) {
    for (int k = from; k + 3 <= s.length(); k++) {
      if (subfileMarker(s, k) > 0 || known.contains(s.substring(k, k + 3))) {
        return k;
      }
    }
    return -1;
  }

  private void elements(String run) {
    String type = java.util.Objects.requireNonNull(current);
    if (type.charAt(0) != 'Z' && run.length() >= 3 && Z_ID.matcher(run.substring(0, 3)).matches()) {
      // A Z element without its subfile marker (KY writes "ZKZMARY"): it starts that Z subfile.
      type = run.substring(0, 2);
      current = type;
      subfiles.computeIfAbsent(type, k -> new LinkedHashMap<>());
    }
    boolean z = type.charAt(0) == 'Z';
    if (run.length() < 3 || !(z ? Z_ID : D_ID).matcher(run.substring(0, 3)).matches()) {
      ignore(run.length());
      return;
    }
    if (!stripped) {
      put(type, run.substring(0, 3), run.substring(3));
      return;
    }
    Map<String, String> seen = subfiles.computeIfAbsent(type, k -> new LinkedHashMap<>());
    int p = 0;
    while (p < run.length()) {
      String id = run.substring(p, Math.min(run.length(), p + 3));
      int next = p + 3;
      while (next + 3 <= run.length() && !isNextId(run.substring(next, next + 3), id, type, seen)) {
        next++;
      }
      if (next + 3 > run.length()) {
        next = run.length();
      } else {
        next = shiftPastOverlap(run, next, id, type, seen);
      }
      put(type, id, run.substring(Math.min(p + 3, run.length()), next));
      p = next;
    }
  }

  /**
   * A value ending in D makes two identifiers overlap: "RICHMONDDAJ" holds DDA and DAJ, "3RDDAW"
   * holds DDA and DAW. The later one is meant: values end in D far more often than a DD? element is
   * followed by a value that makes an identifier with its own last letter.
   */
  private int shiftPastOverlap(
      String run, int at, String currentId, String type, Map<String, String> seen) {
    int k = at;
    while (run.startsWith("DD", k)
        && k + 4 <= run.length()
        && isNextId(run.substring(k + 1, k + 4), currentId, type, seen)) {
      k++;
    }
    return k;
  }

  private boolean isNextId(
      String candidate, String currentId, String type, Map<String, String> seen) {
    boolean valid =
        type.charAt(0) == 'Z'
            ? candidate.startsWith(type) && Character.isUpperCase(candidate.charAt(2))
            : known.contains(candidate);
    return valid && !candidate.equals(currentId) && !seen.containsKey(candidate);
  }

  private void put(String type, String id, String value) {
    Map<String, String> elements = subfiles.computeIfAbsent(type, k -> new LinkedHashMap<>());
    if (elements.containsKey(id)) {
      warnings.add("element " + id + " appears twice; the first is kept");
      return;
    }
    elements.put(id, value);
  }

  private void ignore(int characters) {
    if (characters > 0) {
      warnings.add("ignored " + characters + " characters that are not AAMVA elements");
    }
  }
}
