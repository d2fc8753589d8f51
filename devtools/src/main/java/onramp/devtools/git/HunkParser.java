package onramp.devtools.git;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import onramp.devtools.LineRange;
import org.jspecify.annotations.Nullable;

/**
 * Reads the new side of a {@code git diff --unified=0} patch: for each file ({@code +++ b/PATH}),
 * the line ranges its hunks added or replaced. A hunk that only deletes ({@code +N,0}) adds no line
 * and gives no range.
 */
final class HunkParser {
  private static final Pattern HUNK =
      Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+(\\d+)(?:,(\\d+))? @@");

  private HunkParser() {}

  static Map<String, List<LineRange>> newSideRanges(String patch) {
    Map<String, List<LineRange>> ranges = new HashMap<>();
    @Nullable List<LineRange> current = null;
    for (String line : patch.split("\n", -1)) {
      if (line.startsWith("diff --git ")) {
        current = null;
      } else if (line.startsWith("+++ ") && current == null) {
        String name = line.substring(4);
        if (name.endsWith("\t")) {
          name = name.substring(0, name.length() - 1);
        }
        name = GitPaths.unquote(name);
        if (name.startsWith("b/")) {
          current = ranges.computeIfAbsent(name.substring(2), k -> new ArrayList<>());
        }
      } else if (line.startsWith("@@ ") && current != null) {
        Matcher m = HUNK.matcher(line);
        if (m.find()) {
          int start = Integer.parseInt(m.group(1));
          int count = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
          if (count > 0) {
            current.add(new LineRange(start, start + count - 1));
          }
        }
      }
    }
    return ranges;
  }
}
