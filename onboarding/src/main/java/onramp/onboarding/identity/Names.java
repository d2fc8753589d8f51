package onramp.onboarding.identity;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares personal names as people and documents write them: case, whitespace, diacritics, hyphens
 * and apostrophes, generational suffixes, a middle name against its initial, and names the AAMVA
 * barcode truncated.
 */
public final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–'’`.,]+");
  private static final Set<String> SUFFIXES =
      Set.of("JR", "SR", "II", "III", "IV", "V", "2ND", "3RD", "4TH", "ESQ");

  private Names() {}

  /** Upper case, no diacritics, hyphens/apostrophes/dots as spaces, single spaces, no suffix. */
  public static String normalise(String name) {
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    folded =
        folded
            .replace("ß", "SS")
            .replace("Ø", "O")
            .replace("ø", "o")
            .replace("Ł", "L")
            .replace("ł", "l");
    List<String> tokens =
        Arrays.stream(SEPARATORS.split(folded.toUpperCase(Locale.ROOT).strip()))
            .filter(t -> !t.isEmpty())
            .toList();
    if (tokens.size() > 1 && SUFFIXES.contains(tokens.get(tokens.size() - 1))) {
      tokens = tokens.subList(0, tokens.size() - 1);
    }
    return String.join(" ", tokens);
  }

  /** The same name, allowing for a truncated document value (a prefix of at least 3 letters). */
  public static boolean same(String a, String b, boolean documentTruncated) {
    String x = normalise(a);
    String y = normalise(b);
    if (x.equals(y) || x.replace(" ", "").equals(y.replace(" ", ""))) {
      return true;
    }
    return documentTruncated && y.length() >= 3 && x.startsWith(y);
  }

  /**
   * The same name, where {@code shown} may have been cut off at the end of a form's box: equal, or
   * the start of {@code full}. The last character shown may be a sliver of a cut letter that OCR
   * read as anything ("MONTGOMERY-FITZWILLIAM-AI" for "…-ABERNATHY"), so the value without it
   * counts as a start too. Spaces and hyphens are ignored; at least 3 letters must be left.
   */
  public static boolean sameOrCutOff(String full, String shown) {
    String x = normalise(full).replace(" ", "");
    String y = normalise(shown).replace(" ", "");
    if (x.equals(y)) {
      return true;
    }
    String withoutLast = y.isEmpty() ? y : y.substring(0, y.length() - 1);
    return (y.length() >= 3 && x.startsWith(y))
        || (withoutLast.length() >= 3 && x.startsWith(withoutLast));
  }

  /**
   * Middle names: equal when both are absent, when one is an initial of the other, or when one side
   * simply omits it (people leave middle names out at signup; that is not a mismatch).
   */
  public static boolean sameMiddle(String a, String b) {
    String x = normalise(a);
    String y = normalise(b);
    if (x.isEmpty() || y.isEmpty() || x.equals(y)) {
      return true;
    }
    if (x.length() == 1 || y.length() == 1) {
      return x.charAt(0) == y.charAt(0);
    }
    return x.replace(" ", "").equals(y.replace(" ", ""))
        || x.startsWith(y + " ")
        || y.startsWith(x + " ");
  }
}
