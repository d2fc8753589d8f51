package onramp.gateway.masking;

/**
 * The digit groups that start at one digit run, joined by single separators ({@code ' '}, {@code
 * '-'}, {@code '.'}): "415-555-0132" is three groups. One instance is reused for a whole scan.
 */
final class DigitGroups {
  static final int MAX = 8;

  final String text;
  final int[] start = new int[MAX];
  final int[] end = new int[MAX];

  /** {@code sep[i]} is the separator before group {@code i} (i > 0). */
  final char[] sep = new char[MAX];

  /** {@code upTo[i]} is the number of digits in groups 0..i-1. */
  private final int[] upTo = new int[MAX + 1];

  int count;

  DigitGroups(String text) {
    this.text = text;
  }

  void parse(int at) {
    count = 0;
    int i = at;
    int n = text.length();
    while (count < MAX) {
      start[count] = i;
      end[count] = Chars.digitsEnd(text, i);
      upTo[count + 1] = upTo[count] + end[count] - i;
      count++;
      int next = end[count - 1];
      if (count == MAX || next + 1 >= n) {
        break;
      }
      char c = text.charAt(next);
      if ((c != ' ' && c != '-' && c != '.') || !Chars.digit(text.charAt(next + 1))) {
        break;
      }
      sep[count] = c;
      i = next + 1;
    }
  }

  int at() {
    return start[0];
  }

  int length(int group) {
    return end[group] - start[group];
  }

  /** Number of digits in the first {@code groups} groups. */
  int digits(int groups) {
    return upTo[groups];
  }

  /** True when groups 1..groups-1 are all joined by the same separator, one of {@code allowed}. */
  boolean sameSeparator(int groups, String allowed) {
    if (groups < 2) {
      return true;
    }
    char s = sep[1];
    if (allowed.indexOf(s) < 0) {
      return false;
    }
    for (int g = 2; g < groups; g++) {
      if (sep[g] != s) {
        return false;
      }
    }
    return true;
  }

  String digitString(int groups) {
    return Chars.digitsOf(text, start[0], end[groups - 1]);
  }
}
