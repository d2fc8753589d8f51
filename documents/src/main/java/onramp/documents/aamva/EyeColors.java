package onramp.documents.aamva;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** DAY as the ANSI D-20 three-letter code; older cards write BR, BL, BN or the whole word. */
final class EyeColors {
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("BR", "BRO"),
          Map.entry("BN", "BRO"),
          Map.entry("BRN", "BRO"),
          Map.entry("BROWN", "BRO"),
          Map.entry("BL", "BLU"),
          Map.entry("BLUE", "BLU"),
          Map.entry("BK", "BLK"),
          Map.entry("BLACK", "BLK"),
          Map.entry("GR", "GRN"),
          Map.entry("GREEN", "GRN"),
          Map.entry("GY", "GRY"),
          Map.entry("GRAY", "GRY"),
          Map.entry("GREY", "GRY"),
          Map.entry("HZ", "HAZ"),
          Map.entry("HAZEL", "HAZ"),
          Map.entry("MAROON", "MAR"),
          Map.entry("PINK", "PNK"),
          Map.entry("DICHROMATIC", "DIC"),
          Map.entry("UNKNOWN", "UNK"));

  private EyeColors() {}

  static Optional<String> normalise(String raw) {
    String code = raw.trim().toUpperCase(Locale.ROOT);
    if (code.isEmpty() || code.equals("NONE")) {
      return Optional.empty();
    }
    return Optional.of(ALIASES.getOrDefault(code, code));
  }
}
