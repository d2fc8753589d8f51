package onramp.gateway.masking;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Names of the people the caller names in {@link MaskingContext#knownNames()}: the full name, the
 * first name alone and the last name alone, ignoring case and diacritics ("Jose Garcia" finds "JOSÉ
 * GARCÍA"). The text is folded one char for one char, so positions stay valid.
 */
final class NameRecognizer implements Recognizer.OverText {
  static final double SCORE = 0.9;
  private static final char[] FOLD = foldTable();

  @Override
  public void find(String text, MaskingContext context, Found found) {
    if (context.knownNames().isEmpty()) {
      return;
    }
    Set<String> variants = variantsOf(context);
    if (variants.isEmpty()) {
      return;
    }
    String folded = fold(text);
    List<int[]> spans = new ArrayList<>();
    for (String variant : variants) {
      int i = folded.indexOf(variant);
      while (i >= 0) {
        int end = i + variant.length();
        if (!Character.isLetterOrDigit(Chars.at(folded, i - 1))
            && !Character.isLetterOrDigit(Chars.at(folded, end))) {
          spans.add(new int[] {i, end});
        }
        i = folded.indexOf(variant, i + 1);
      }
    }
    spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    int[] current = null;
    for (int[] span : spans) {
      if (current != null && (span[0] <= current[1] || onlySpaces(text, current[1], span[0]))) {
        current[1] = Math.max(current[1], span[1]);
      } else {
        if (current != null) {
          found.add(EntityType.PERSON, current[0], current[1], SCORE);
        }
        current = span.clone();
      }
    }
    if (current != null) {
      found.add(EntityType.PERSON, current[0], current[1], SCORE);
    }
  }

  private record Cached(MaskingContext context, Set<String> variants) {}

  private volatile Cached last = new Cached(MaskingContext.none(), Set.of());

  /** Sessions ask with the same context for every text: remember the last one's variants. */
  // Identity, not equality: the cache is for the very same context object, and comparing two
  // contexts' name lists would cost what the cache saves.
  @SuppressWarnings("ReferenceEquality")
  private Set<String> variantsOf(MaskingContext context) {
    Cached cached = last;
    if (cached.context() != context) {
      cached = new Cached(context, variants(context.knownNames()));
      last = cached;
    }
    return cached.variants();
  }

  /**
   * First and last token of every known name, folded (tokens under 2 letters skipped); the full
   * name too when it has middle names, since first and last alone would leave those. Adjacent
   * matches are merged, so "Maria Garcia" is one span.
   */
  static Set<String> variants(List<String> names) {
    Set<String> variants = new LinkedHashSet<>();
    for (String name : names) {
      String[] tokens = fold(name.strip()).split("\\s+");
      if (tokens.length == 0 || tokens[0].isEmpty()) {
        continue;
      }
      if (tokens.length > 2) {
        variants.add(String.join(" ", tokens));
      }
      if (tokens[0].length() >= 2) {
        variants.add(tokens[0]);
      }
      if (tokens[tokens.length - 1].length() >= 2) {
        variants.add(tokens[tokens.length - 1]);
      }
    }
    variants.removeIf(v -> v.length() < 2);
    return variants;
  }

  private static boolean onlySpaces(String text, int from, int to) {
    if (to - from > 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  static String fold(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      char c = s.charAt(i);
      out[i] = c < FOLD.length ? FOLD[c] : Character.toLowerCase(c);
    }
    return new String(out);
  }

  private static char[] foldTable() {
    char[] table = new char[0x250];
    for (char c = 0; c < table.length; c++) {
      String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      table[c] = Character.toLowerCase(decomposed.charAt(0));
    }
    table['ø'] = 'o';
    table['Ø'] = 'o';
    table['ł'] = 'l';
    table['Ł'] = 'l';
    table['đ'] = 'd';
    table['Đ'] = 'd';
    table['ß'] = 'ß';
    return table;
  }
}
