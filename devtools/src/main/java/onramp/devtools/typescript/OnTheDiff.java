package onramp.devtools.typescript;

import java.util.List;
import onramp.devtools.ChangedFile;
import onramp.devtools.Diff;
import onramp.devtools.Finding;

/**
 * The findings a review reports: those whose lines overlap a changed range of their file. The rest
 * are about code the change did not touch, and are only counted.
 *
 * @param kept findings on changed lines, in the order given
 * @param dropped how many were outside the change
 */
public record OnTheDiff(List<Finding> kept, int dropped) {
  public OnTheDiff {
    kept = List.copyOf(kept);
  }

  public static OnTheDiff of(Diff diff, List<Finding> findings) {
    List<Finding> kept = findings.stream().filter(f -> onChangedLines(diff, f)).toList();
    return new OnTheDiff(kept, findings.size() - kept.size());
  }

  private static boolean onChangedLines(Diff diff, Finding f) {
    return diff.file(f.file()).map(ChangedFile::changed).orElse(List.of()).stream()
        .anyMatch(r -> r.overlaps(f.lines()));
  }

  /** For a person: "3 findings on changed lines; 41 outside the change not shown". */
  public String summary() {
    return kept.size()
        + (kept.size() == 1 ? " finding" : " findings")
        + " on changed lines; "
        + dropped
        + " outside the change not shown";
  }
}
