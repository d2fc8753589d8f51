package onramp.devtools.typescript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import onramp.devtools.ChangedFile;
import onramp.devtools.Diff;
import onramp.devtools.Finding;
import onramp.devtools.LineRange;
import org.junit.jupiter.api.Test;

class OnTheDiffTest {
  private final Diff diff =
      new Diff(
          "base",
          "WORKTREE",
          List.of(
              new ChangedFile(
                  "src/a.ts",
                  ChangedFile.Status.MODIFIED,
                  List.of(new LineRange(10, 12), new LineRange(40, 40)))),
          List.of());

  @Test
  void keepsFindingsOverlappingAChangedRangeAndCountsTheRest() {
    Finding inside = finding("src/a.ts", 11, 11);
    Finding spanningIn = finding("src/a.ts", 35, 40);
    Finding justBefore = finding("src/a.ts", 9, 9);
    Finding between = finding("src/a.ts", 13, 39);
    Finding otherFile = finding("src/b.ts", 11, 11);

    OnTheDiff result =
        OnTheDiff.of(diff, List.of(inside, justBefore, spanningIn, between, otherFile));

    assertThat(result.kept()).containsExactly(inside, spanningIn);
    assertThat(result.dropped()).isEqualTo(3);
    assertThat(result.summary())
        .isEqualTo("2 findings on changed lines; 3 outside the change not shown");
  }

  private static Finding finding(String file, int start, int end) {
    return new Finding(
        file,
        new LineRange(start, end),
        Finding.Severity.BLOCKER,
        "type-error",
        "m",
        Finding.Source.TSC,
        Optional.of("TS2322"),
        Optional.empty(),
        Finding.Verification.NONE);
  }
}
