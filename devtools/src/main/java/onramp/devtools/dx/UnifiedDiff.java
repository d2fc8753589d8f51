package onramp.devtools.dx;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The files and hunks of git's unified diff ({@code git diff -U0 --no-renames}), read from its
 * text: for each file the old and new path and every hunk's old and new line span.
 */
record UnifiedDiff(List<FileDiff> files) {
  private static final Pattern HUNK =
      Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

  UnifiedDiff {
    files = List.copyOf(files);
  }

  /**
   * One hunk: {@code oldCount} lines from {@code oldStart} became {@code newCount} from {@code
   * newStart}.
   */
  record Hunk(int oldStart, int oldCount, int newStart, int newCount) {
    /**
     * Whether this hunk changed line {@code line} of the old version (an insertion inside counts).
     */
    boolean touchesOld(int line) {
      if (oldCount == 0) {
        // an insertion after oldStart: it changes a block only when it lands inside it
        return false;
      }
      return line >= oldStart && line < oldStart + oldCount;
    }
  }

  /** One file of the diff; a path is empty when the file was added or deleted. */
  record FileDiff(String oldPath, String newPath, List<Hunk> hunks, int added, int deleted) {
    FileDiff {
      hunks = List.copyOf(hunks);
    }

    /** How many of the old version's lines {@code start..end} this diff changed or removed. */
    int oldLinesTouched(int start, int end) {
      int n = 0;
      for (int line = start; line <= end; line++) {
        int l = line;
        if (hunks.stream().anyMatch(h -> h.touchesOld(l))) {
          n++;
        }
      }
      return n;
    }

    /** Whether a hunk inserted lines strictly between old lines {@code start} and {@code end}. */
    boolean insertsWithin(int start, int end) {
      return hunks.stream()
          .anyMatch(h -> h.oldCount() == 0 && h.oldStart() >= start && h.oldStart() < end);
    }
  }

  static UnifiedDiff parse(String text) {
    List<FileDiff> files = new ArrayList<>();
    Builder current = null;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("diff --git ")) {
        if (current != null) {
          files.add(current.build());
        }
        current = new Builder();
      } else if (current == null) {
        continue;
      } else if (current.inHeader && line.startsWith("--- ")) {
        current.oldPath = path(line.substring(4), "a/");
      } else if (current.inHeader && line.startsWith("+++ ")) {
        current.newPath = path(line.substring(4), "b/");
      } else if (line.startsWith("@@")) {
        current.inHeader = false;
        Matcher m = HUNK.matcher(line);
        if (m.find()) {
          current.hunks.add(
              new Hunk(
                  Integer.parseInt(m.group(1)),
                  count(m.group(2)),
                  Integer.parseInt(m.group(3)),
                  count(m.group(4))));
        }
      } else if (!current.inHeader && line.startsWith("+")) {
        current.added++;
      } else if (!current.inHeader && line.startsWith("-")) {
        current.deleted++;
      }
    }
    if (current != null) {
      files.add(current.build());
    }
    return new UnifiedDiff(files);
  }

  int added() {
    return files.stream().mapToInt(FileDiff::added).sum();
  }

  int deleted() {
    return files.stream().mapToInt(FileDiff::deleted).sum();
  }

  /** The diff of the file whose old version is {@code path}, if the diff touched it. */
  java.util.Optional<FileDiff> byOldPath(String path) {
    return files.stream().filter(f -> f.oldPath().equals(path)).findFirst();
  }

  private static int count(@Nullable String group) {
    return group == null ? 1 : Integer.parseInt(group);
  }

  private static String path(String raw, String prefix) {
    String p = raw.strip();
    if (p.equals("/dev/null")) {
      return "";
    }
    if (p.startsWith("\"") && p.endsWith("\"") && p.length() > 1) {
      p = p.substring(1, p.length() - 1); // git quotes unusual names; the prefix is inside
    }
    return p.startsWith(prefix) ? p.substring(prefix.length()) : p;
  }

  private static final class Builder {
    String oldPath = "";
    String newPath = "";
    final List<Hunk> hunks = new ArrayList<>();
    int added;
    int deleted;
    boolean inHeader = true;

    FileDiff build() {
      return new FileDiff(oldPath, newPath, hunks, added, deleted);
    }
  }
}
