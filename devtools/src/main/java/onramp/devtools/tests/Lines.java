package onramp.devtools.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Line sets as a person reads them: {@code 9, 17-19, 23}. */
final class Lines {
  private Lines() {}

  static String list(Set<Integer> lines) {
    List<String> parts = new ArrayList<>();
    int start = -1;
    int prev = -1;
    for (int line : new TreeSet<>(lines)) {
      if (start < 0) {
        start = line;
      } else if (line != prev + 1) {
        parts.add(range(start, prev));
        start = line;
      }
      prev = line;
    }
    if (start >= 0) {
      parts.add(range(start, prev));
    }
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  private static String range(int a, int b) {
    return a == b ? Integer.toString(a) : a + "-" + b;
  }
}
