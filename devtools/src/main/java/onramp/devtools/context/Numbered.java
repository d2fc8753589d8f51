package onramp.devtools.context;

import java.util.List;
import java.util.function.IntPredicate;

/** Source lines as the model sees them: {@code + 9 | code} for a changed line, else blank. */
final class Numbered {
  private Numbered() {}

  static String render(List<String> lines, int firstLine, IntPredicate changed) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      int n = firstLine + i;
      out.append(changed.test(n) ? '+' : ' ')
          .append(String.format(java.util.Locale.ROOT, "%5d | ", n))
          .append(lines.get(i))
          .append('\n');
    }
    return out.toString();
  }
}
