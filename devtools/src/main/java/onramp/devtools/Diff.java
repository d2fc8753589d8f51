package onramp.devtools;

import java.util.List;
import java.util.Optional;

/**
 * The TypeScript part of a change: the {@code .ts}/{@code .tsx} files it touches, against a base.
 *
 * @param base the commit compared against (the merge-base with the default branch unless given)
 * @param head the commit (or the working tree, {@code WORKTREE}) reviewed
 * @param files the changed TypeScript files (not binary, not deleted, not declaration files)
 * @param skipped files of the change left out, each with why ("binary", "deleted", "over the file
 *     budget", "not TypeScript"), so a report can list them
 * @param basis how {@code base} was chosen, for a person ("merge-base of HEAD and origin/main");
 *     empty when not known
 */
public record Diff(
    String base, String head, List<ChangedFile> files, List<Skipped> skipped, String basis) {
  public Diff {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }

  /** A diff whose basis is not recorded. */
  public Diff(String base, String head, List<ChangedFile> files, List<Skipped> skipped) {
    this(base, head, files, skipped, "");
  }

  /** A file of the change that is not reviewed, and why. */
  public record Skipped(String path, String why) {}

  public Optional<ChangedFile> file(String path) {
    return files.stream().filter(f -> f.path().equals(path)).findFirst();
  }

  /** Whether {@code line} of {@code path} is a changed line of this diff. */
  public boolean touches(String path, int line) {
    return file(path).map(f -> f.touches(line)).orElse(false);
  }
}
