package onramp.devtools.dx;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One change merged into a repository's main line, as its git history tells it.
 *
 * @param commit the merge commit, or the squash commit carrying the pull request's number
 * @param mergedAt the commit time of that commit
 * @param cycleTime from the change's first commit (author time) to the merge; empty when git cannot
 *     tell (a squash commit whose author time was reset to the merge)
 * @param linesAdded lines added or modified (new side of the diff against the first parent)
 * @param linesDeleted lines removed or modified (old side)
 * @param revert whether the change is a {@code Revert "…"} commit (or brings one)
 * @param rework of {@code linesAdded}, how many a later merge changed again within 21 days; empty
 *     when the 21 days are not over yet in the history read
 */
public record MergedChange(
    String commit,
    Instant mergedAt,
    Optional<Duration> cycleTime,
    int linesAdded,
    int linesDeleted,
    boolean revert,
    Optional<Integer> rework) {

  /** The size of the change: lines added plus lines removed. */
  public int size() {
    return linesAdded + linesDeleted;
  }
}
