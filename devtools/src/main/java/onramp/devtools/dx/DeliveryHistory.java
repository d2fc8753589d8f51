package onramp.devtools.dx;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import onramp.devtools.git.UnifiedDiff;

/**
 * The merged changes of a repository, read from its real git history.
 *
 * <p>A merged change is a commit on the first-parent line of the branch that is either a merge (a
 * pull request merged with a merge commit: its commits are those the second parent brings) or a
 * single-parent commit whose subject ends with a pull-request number {@code (#123)} (a squash
 * merge); a {@code Revert "…"} commit pushed directly counts too. Other direct pushes are not
 * changes under review and are left out. Cycle time runs from the earliest author time of the
 * change's commits to the merge's commit time; for a squash commit, from its author time (which git
 * keeps from the first commit when squashing locally) — when both times are equal git cannot tell
 * and the cycle time is left empty rather than reported as zero.
 */
public final class DeliveryHistory {
  /** Lines changed again within this long after their merge count as rework. */
  public static final Duration REWORK_WINDOW = Duration.ofDays(21);

  private static final Pattern PR_NUMBER = Pattern.compile("\\(#\\d+\\)\\s*$");
  private static final String REVERT = "Revert \"";
  private static final String RS = "\u001e";
  private static final String US = "\u001f";

  private DeliveryHistory() {}

  /**
   * Reads every merged change of {@code branch} (a ref; {@code HEAD} for the checked-out branch).
   * Rework needs the 21 days after a merge: changes merged less than 21 days before the branch's
   * last commit have no rework figure yet.
   */
  public static List<MergedChange> read(Path repository, String branch) {
    Git git = Git.open(repository);
    if (!git.succeeds("rev-parse", "--verify", "--quiet", branch + "^{commit}")) {
      throw new DxException(
          repository + " has no branch or commit '" + branch + "'; name the team's main branch.");
    }
    String log =
        git.run(
            "log",
            "--first-parent",
            "--diff-merges=first-parent",
            "-p",
            "-U0",
            "--no-renames",
            "--no-color",
            "--reverse",
            "--format=" + RS + "%H" + US + "%P" + US + "%aI" + US + "%cI" + US + "%s",
            branch);
    List<Line> line = new ArrayList<>();
    for (String chunk : log.split(RS, -1)) {
      if (chunk.isBlank()) {
        continue;
      }
      int nl = chunk.indexOf('\n');
      String header = nl < 0 ? chunk : chunk.substring(0, nl);
      String[] f = header.split(US, -1);
      if (f.length < 5) {
        throw new DxException(
            "git log printed an unexpected line in " + repository + ": " + header);
      }
      line.add(
          new Line(
              f[0],
              f[1].isBlank() ? List.of() : List.of(f[1].split(" ")),
              OffsetDateTime.parse(f[2]).toInstant(),
              OffsetDateTime.parse(f[3]).toInstant(),
              f[4],
              UnifiedDiff.parse(nl < 0 ? "" : chunk.substring(nl + 1))));
    }
    Instant last = line.stream().map(Line::committed).max(Instant::compareTo).orElse(Instant.EPOCH);
    List<MergedChange> changes = new ArrayList<>();
    for (int i = 0; i < line.size(); i++) {
      Line c = line.get(i);
      boolean merge = c.parents.size() >= 2;
      boolean revert = c.subject.startsWith(REVERT);
      if (!merge && !revert && !PR_NUMBER.matcher(c.subject).find()) {
        continue;
      }
      Optional<Duration> cycle;
      if (merge) {
        Brought b = brought(git, c.parents.get(0), c.parents.get(1));
        revert |= b.revert;
        cycle = b.firstAuthored.map(first -> Duration.between(first, c.committed));
      } else {
        cycle =
            c.authored.equals(c.committed)
                ? Optional.empty()
                : Optional.of(Duration.between(c.authored, c.committed));
      }
      changes.add(
          new MergedChange(
              c.commit,
              c.committed,
              cycle.filter(d -> !d.isNegative()),
              c.diff.added(),
              c.diff.deleted(),
              revert,
              rework(git, line, i, last)));
    }
    return changes;
  }

  private record Line(
      String commit,
      List<String> parents,
      Instant authored,
      Instant committed,
      String subject,
      UnifiedDiff diff) {}

  private record Brought(Optional<Instant> firstAuthored, boolean revert) {}

  private static Brought brought(Git git, String mainline, String branch) {
    Instant first = null;
    boolean revert = false;
    for (String row :
        git.run("log", "--format=%aI" + US + "%s", mainline + ".." + branch).split("\n")) {
      if (row.isBlank()) {
        continue;
      }
      String[] f = row.split(US, 2);
      Instant t = OffsetDateTime.parse(f[0]).toInstant();
      first = first == null || t.isBefore(first) ? t : first;
      revert |= f.length > 1 && f[1].startsWith(REVERT);
    }
    return new Brought(Optional.ofNullable(first), revert);
  }

  /**
   * Of the lines change {@code i} added, how many the main line changed again within the window:
   * the lines of its new side that the diff from it to the last main-line commit inside the window
   * changes.
   */
  private static Optional<Integer> rework(Git git, List<Line> line, int i, Instant last) {
    Line c = line.get(i);
    Instant until = c.committed.plus(REWORK_WINDOW);
    if (last.isBefore(until)) {
      return Optional.empty();
    }
    int j = i;
    while (j + 1 < line.size() && !line.get(j + 1).committed.isAfter(until)) {
      j++;
    }
    if (j == i || c.diff.added() == 0) {
      return Optional.of(0);
    }
    UnifiedDiff later =
        UnifiedDiff.parse(
            git.run("diff", "-U0", "--no-renames", "--no-color", c.commit, line.get(j).commit));
    int reworked = 0;
    for (UnifiedDiff.FileDiff f : c.diff.files()) {
      if (f.newPath().isEmpty()) {
        continue;
      }
      Optional<UnifiedDiff.FileDiff> again = later.byOldPath(f.newPath());
      if (again.isEmpty()) {
        continue;
      }
      for (UnifiedDiff.Hunk h : f.hunks()) {
        if (h.newCount() > 0) {
          reworked += again.get().oldLinesTouched(h.newStart(), h.newStart() + h.newCount() - 1);
        }
      }
    }
    return Optional.of(reworked);
  }
}
