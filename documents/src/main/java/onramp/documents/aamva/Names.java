package onramp.documents.aamva;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import onramp.documents.aamva.AamvaFormatException.Problem;

/**
 * The cardholder's name from whichever elements the version uses: DCS/DAC/DAD (versions 04+),
 * DCS/DCT given names (02–03), DAB/DAC/DAD or the full name DAA (01). DAA is {@code
 * LAST,FIRST,MIDDLE,SUFFIX} on most cards and {@code FIRST MIDDLE LAST} on some (PA).
 */
record Names(String last, String first, Optional<String> middle, Optional<String> suffix) {

  static Names from(Map<String, String> e) {
    Optional<String> last = clean(e.get("DCS")).or(() -> clean(e.get("DAB")));
    Optional<String> first = clean(e.get("DAC"));
    Optional<String> middle = cleanNone(e.get("DAD")).map(Names::spaced);
    Optional<String> suffix = cleanNone(e.get("DCU")).or(() -> cleanNone(e.get("DAE")));
    if (first.isEmpty()) {
      Optional<String> given = clean(e.get("DCT"));
      if (given.isPresent()) {
        List<String> parts = splitGiven(given.get());
        first = Optional.of(parts.get(0));
        middle = middle.or(() -> joined(parts.subList(1, parts.size())));
      }
    }
    if ((last.isEmpty() || first.isEmpty()) && e.containsKey("DAA")) {
      Names full = fullName(e.get("DAA"));
      last = last.or(() -> clean(full.last));
      first = first.or(() -> clean(full.first));
      middle = middle.or(full::middle);
      suffix = suffix.or(full::suffix);
    }
    String lastName = last.orElseThrow(() -> missing("family name (DCS)"));
    String firstName = first.orElseThrow(() -> missing("first name (DAC)"));
    return new Names(lastName, firstName, middle, suffix);
  }

  private static Names fullName(String raw) {
    String text = raw.trim();
    if (text.contains(",")) {
      String[] p = text.split(",", -1);
      String first = part(p, 1);
      Optional<String> middle = clean(part(p, 2));
      if (middle.isEmpty() && first.contains(" ")) {
        List<String> given = splitGiven(first);
        first = given.get(0);
        middle = joined(given.subList(1, given.size()));
      }
      return new Names(part(p, 0), first, middle.map(Names::spaced), cleanNone(part(p, 3)));
    }
    List<String> words = Arrays.asList(text.split("\\s+"));
    if (words.size() < 2) {
      return new Names(text, "", Optional.empty(), Optional.empty());
    }
    return new Names(
        words.get(words.size() - 1),
        words.get(0),
        joined(words.subList(1, words.size() - 1)),
        Optional.empty());
  }

  /** Given names "MARY,ANN" or "MARY ANN": the first, then any middle names. */
  private static List<String> splitGiven(String given) {
    String[] parts = given.contains(",") ? given.split(",") : given.split("\\s+");
    List<String> kept = Arrays.stream(parts).map(String::trim).filter(s -> !s.isEmpty()).toList();
    return kept.isEmpty() ? List.of(given.trim()) : kept;
  }

  private static Optional<String> joined(List<String> words) {
    return clean(String.join(" ", words));
  }

  private static String spaced(String names) {
    return Arrays.stream(names.split("[,\\s]+"))
        .filter(s -> !s.isEmpty())
        .collect(Collectors.joining(" "));
  }

  private static String part(String[] parts, int i) {
    return i < parts.length ? parts[i].trim() : "";
  }

  /** Trimmed, trailing commas dropped (ON writes "TESTER,"), empty when blank. */
  static Optional<String> clean(@org.jspecify.annotations.Nullable String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.trim();
    while (s.endsWith(",")) {
      s = s.substring(0, s.length() - 1).trim();
    }
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** As {@link #clean} and {@code NONE} also counts as absent. */
  static Optional<String> cleanNone(@org.jspecify.annotations.Nullable String raw) {
    return clean(raw).filter(s -> !s.equalsIgnoreCase("NONE"));
  }

  private static AamvaFormatException missing(String what) {
    return new AamvaFormatException(
        Problem.MISSING_MANDATORY_ELEMENT,
        "barcode has no " + what + "; the scan may be cut short, rescan the barcode");
  }
}
