package onramp.gateway.masking;

import java.util.List;
import java.util.Locale;

/**
 * Words that, found near a candidate, raise its score (Presidio's idea). The window is 48 chars
 * before and 24 after, cut at sentence ends. Short words (up to three letters, such as {@code dl}
 * or {@code dob}) must stand alone; longer ones may be part of a word, so {@code licen} finds
 * "license" and "licence" and {@code passport} finds "passportnumber".
 */
record ContextWords(List<String> words) {
  static final int BEFORE = 48;
  static final int AFTER = 24;
  static final int NONE = Integer.MAX_VALUE;

  ContextWords {
    words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }

  static ContextWords of(String... words) {
    return new ContextWords(List.of(words));
  }

  boolean near(String text, int start, int end) {
    return distance(text, start, end) != NONE;
  }

  /** Chars between the candidate and the nearest context word, or {@link #NONE}. */
  int distance(String text, int start, int end) {
    return distance(text, start, end, true);
  }

  private int distance(String text, int start, int end, boolean lookAfter) {
    int from = start;
    while (from > 0 && start - from < BEFORE && !sentenceEnd(text, from - 1)) {
      from--;
    }
    int to = end;
    while (to < text.length() && to - end < AFTER && !sentenceEnd(text, to)) {
      to++;
    }
    int best = NONE;
    for (String word : words) {
      int before = lastIndex(text, from, start, word);
      if (before >= 0) {
        best = Math.min(best, start - before - word.length());
      }
      int after = lookAfter ? firstIndex(text, end, to, word) : -1;
      if (after >= 0) {
        best = Math.min(best, after - end);
      }
    }
    return best == NONE ? NONE : Math.max(0, best);
  }

  /** Chars between the nearest context word before {@code start} and it, or {@link #NONE}. */
  int distanceBefore(String text, int start) {
    return distance(text, start, start, false);
  }

  /**
   * A newline, or '.', '!', '?', ';' before whitespace; not the dot of "no." or "Ave." (1-3
   * letters).
   */
  private static boolean sentenceEnd(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      return true;
    }
    if ((c != '.' && c != '!' && c != '?' && c != ';')
        || (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1)))) {
      return false;
    }
    if (c != '.') {
      return true;
    }
    int letters = 0;
    while (letters < 4 && Character.isLetter(Chars.at(text, i - 1 - letters))) {
      letters++;
    }
    return letters == 0 || letters == 4;
  }

  private static int lastIndex(String text, int from, int to, String word) {
    for (int i = to - word.length(); i >= from; i--) {
      if (matchesAt(text, i, word)) {
        return i;
      }
    }
    return -1;
  }

  private static int firstIndex(String text, int from, int to, String word) {
    for (int i = from; i + word.length() <= to; i++) {
      if (matchesAt(text, i, word)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean matchesAt(String text, int i, String word) {
    int len = word.length();
    if (Character.toLowerCase(text.charAt(i)) != word.charAt(0)
        || !text.regionMatches(true, i, word, 0, len)) {
      return false;
    }
    return len > 3
        || (!Character.isLetter(Chars.at(text, i - 1))
            && !Character.isLetter(Chars.at(text, i + len)));
  }
}
