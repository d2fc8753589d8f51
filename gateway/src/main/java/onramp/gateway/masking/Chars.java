package onramp.gateway.masking;

/** Character tests shared by the recognizers; out-of-range positions read as a space. */
final class Chars {
  private Chars() {}

  static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean wordChar(char c) {
    return digit(c) || c == '_' || Character.isLetter(c);
  }

  static char at(String text, int i) {
    return i >= 0 && i < text.length() ? text.charAt(i) : ' ';
  }

  /** Index after the run of digits that starts at {@code i}. */
  static int digitsEnd(String text, int i) {
    int n = text.length();
    while (i < n && digit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * True when {@code [start,end)} is a whole token: no word character touches it, and no digit
   * continues it behind a dash or dot ({@code 078-05-1123-4} is not an SSN).
   */
  static boolean isolated(String text, int start, int end) {
    char before = at(text, start - 1);
    char after = at(text, end);
    if (wordChar(before) || wordChar(after)) {
      return false;
    }
    if ((before == '-' || before == '.') && digit(at(text, start - 2))) {
      return false;
    }
    return !((after == '-' || after == '.') && digit(at(text, end + 1)));
  }

  static String digitsOf(String text, int start, int end) {
    StringBuilder sb = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (digit(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** First index of {@code c} in {@code [from,to)}, or -1: bounded, so scans stay linear. */
  static int indexOf(String text, char c, int from, int to) {
    return text.indexOf(c, from, to);
  }

  /** Last index of {@code c} in {@code [from,to)}, or -1. */
  static int lastIndexOf(String text, char c, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }
}
