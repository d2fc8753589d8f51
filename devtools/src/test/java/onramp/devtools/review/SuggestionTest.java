package onramp.devtools.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import onramp.devtools.Finding;
import onramp.devtools.LineRange;
import org.junit.jupiter.api.Test;

class SuggestionTest {

  @Test
  void replacesWholeLinesAndKeepsTheFilesLineSeparator() {
    assertThat(Suggestion.apply("a\r\nb\r\nc\r\n", 2, 2, "x\ny")).contains("a\r\nx\r\ny\r\nc\r\n");
    assertThat(Suggestion.apply("a\nb\nc", 1, 2, "z")).contains("z\nc");
  }

  @Test
  void anEmptySuggestionDeletesTheLines() {
    assertThat(Suggestion.apply("a\nb\nc\n", 2, 3, "")).contains("a\n");
  }

  @Test
  void linesOutsideTheTextCannotBeReplaced() {
    assertThat(Suggestion.apply("a\nb\n", 2, 3, "x")).isEmpty();
    assertThat(Suggestion.apply("a\nb\n", 0, 1, "x")).isEmpty();
  }

  private static Finding tsc(String file, int line, String code, String message) {
    return new Finding(
        file,
        new LineRange(line, line),
        Finding.Severity.BLOCKER,
        "types",
        message,
        Finding.Source.TSC,
        Optional.of(code),
        Optional.empty(),
        Finding.Verification.NONE);
  }

  private static final Finding TARGET =
      new Finding(
          "a.ts",
          new LineRange(10, 10),
          Finding.Severity.WARNING,
          "types",
          "m",
          Finding.Source.MODEL,
          Optional.empty(),
          Optional.of("x"),
          Finding.Verification.UNVERIFIED);

  @Test
  void judgesByTheErrorsNotTheirLinesWhichMoveWithTheEdit() {
    Finding onTarget = tsc("a.ts", 10, "TS2322", "Type 'number' is not assignable");
    Finding elsewhere = tsc("a.ts", 30, "TS2304", "Cannot find name 'y'");
    Finding elsewhereMoved = tsc("a.ts", 31, "TS2304", "Cannot find name 'y'");
    Finding brandNew = tsc("b.ts", 1, "TS2304", "Cannot find name 'z'");

    // the targeted error gone, the other one moved down a line: verified
    assertThat(
            SuggestionVerifier.judge(TARGET, List.of(onTarget, elsewhere), List.of(elsewhereMoved)))
        .isTrue();
    // the targeted error still there
    assertThat(SuggestionVerifier.judge(TARGET, List.of(onTarget), List.of(onTarget))).isFalse();
    // gone, but a new error elsewhere
    assertThat(SuggestionVerifier.judge(TARGET, List.of(onTarget), List.of(brandNew))).isFalse();
    // no error targeted, none added
    assertThat(SuggestionVerifier.judge(TARGET, List.of(elsewhere), List.of(elsewhere))).isTrue();
  }
}
