package onramp.devtools;

import java.util.List;

/**
 * A TypeScript file the change touches.
 *
 * @param path relative to the repository root, with forward slashes
 * @param status ADDED, MODIFIED or RENAMED (deleted files are not reviewed)
 * @param changed the lines of the new version the change added or modified
 */
public record ChangedFile(String path, Status status, List<LineRange> changed) {
  public ChangedFile {
    changed = List.copyOf(changed);
  }

  /** How the file changed. */
  public enum Status {
    ADDED,
    MODIFIED,
    RENAMED
  }

  /** Whether {@code line} of the new version is one the change added or modified. */
  public boolean touches(int line) {
    return changed.stream().anyMatch(r -> r.contains(line));
  }

  public int changedLines() {
    return changed.stream().mapToInt(r -> r.end() - r.start() + 1).sum();
  }
}
