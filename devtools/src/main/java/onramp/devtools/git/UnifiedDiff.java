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
 * The files and hunks of git's unified diff ({@code git diff -U0 --no-renames}), read from its
 * text: for each file the old and new path (C-quoted names unquoted) and every hunk's old and new
 * line span. The review reads the new side (the lines a change added or replaced); the measurements
 * read the old side (whether a later commit changed a finding's lines).
 */
public record UnifiedDiff(List<FileDiff> files) {
  private static final Pattern HUNK =
      Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

  public UnifiedDiff {
    files = List.copyOf(files);
  }

  /**
   * One hunk: {@code oldCount} lines from {@code oldStart} became {@code newCount} from {@code
   * newStart}.
   */
  public record Hunk(int oldStart, int oldCount, int newStart, int newCount) {
    /**
     * Whether this hunk changed line {@code line} of the old version (an insertion inside counts).
     */
    public boolean touchesOld(int line) {
      if (oldCount == 0) {
        // an insertion after oldStart: it changes a block only when it lands inside it
        return false;
      }
      return line >= oldStart && line < oldStart + oldCount;
    }
  }

  /** One file of the diff; a path is empty when the file was added or deleted. */
  public record FileDiff(String oldPath, String newPath, List<Hunk> hunks, int added, int deleted) {
    public FileDiff {
      hunks = List.copyOf(hunks);
    }

    /** How many of the old version's lines {@code start..end} this diff changed or removed. */
    public int oldLinesTouched(int start, int end) {
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
    public boolean insertsWithin(int start, int end) {
      return hunks.stream()
          .anyMatch(h -> h.oldCount() == 0 && h.oldStart() >= start && h.oldStart() < end);
    }
  }

  public static UnifiedDiff parse(String text) {
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

  /**
   * For each file the new side keeps, the line ranges its hunks added or replaced; a hunk that only
   * deletes ({@code +N,0}) adds no line and gives no range.
   */
  public Map<String, List<LineRange>> newSideRanges() {
    Map<String, List<LineRange>> ranges = new HashMap<>();
    for (FileDiff f : files) {
      if (f.newPath().isEmpty()) {
        continue;
      }
      List<LineRange> list = ranges.computeIfAbsent(f.newPath(), k -> new ArrayList<>());
      for (Hunk h : f.hunks()) {
        if (h.newCount() > 0) {
          list.add(new LineRange(h.newStart(), h.newStart() + h.newCount() - 1));
        }
      }
    }
    return ranges;
  }

  public int added() {
    return files.stream().mapToInt(FileDiff::added).sum();
  }

  public int deleted() {
    return files.stream().mapToInt(FileDiff::deleted).sum();
  }

  /** The diff of the file whose old version is {@code path}, if the diff touched it. */
  public java.util.Optional<FileDiff> byOldPath(String path) {
    return files.stream().filter(f -> f.oldPath().equals(path)).findFirst();
  }

  private static int count(@Nullable String group) {
    return group == null ? 1 : Integer.parseInt(group);
  }

  private static String path(String raw, String prefix) {
    String p = raw.endsWith("\t") ? raw.substring(0, raw.length() - 1) : raw;
    if (p.equals("/dev/null")) {
      return "";
    }
    p = GitPaths.unquote(p); // git C-quotes unusual names; the prefix is inside the quotes
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
