package onramp.devtools.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import onramp.devtools.ChangedFile;
import onramp.devtools.Diff;
import onramp.devtools.LineRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedExportsIT {
  @TempDir Path dir;

  private static Diff diff(String file, LineRange... changed) {
    return new Diff(
        "base",
        "WORKTREE",
        List.of(new ChangedFile(file, ChangedFile.Status.MODIFIED, List.of(changed))),
        List.of());
  }

  @Test
  void listsExportedFunctionsArrowConstsPublicMethodsAndNamedExportsThatAChangeTouches() {
    Path repo = TsFixture.repo(dir);

    List<TargetFunction> found =
        ChangedExports.find(repo, diff("src/fares.ts", new LineRange(1, 50)), Limits.standard());

    assertThat(found)
        .extracting(
            TargetFunction::name,
            TargetFunction::exportName,
            TargetFunction::kind,
            f -> f.lines().start(),
            f -> f.lines().end())
        .containsExactly(
            tuple("baseFare", "baseFare", TargetFunction.Kind.FUNCTION, 7, 13),
            tuple("surge", "surge", TargetFunction.Kind.ARROW_CONST, 15, 24),
            tuple("record", "FareCard", TargetFunction.Kind.METHOD, 29, 31),
            tuple("total", "FareCard", TargetFunction.Kind.METHOD, 33, 35),
            tuple("roundToNickel", "nickel", TargetFunction.Kind.FUNCTION, 42, 44));
    assertThat(found.get(1).testFile()).isEqualTo("src/fares.surge.onramp.test.ts");
    assertThat(found.get(1).importSpecifier()).isEqualTo("./fares");
    assertThat(found.get(3).displayName()).isEqualTo("src/fares.ts: FareCard.total");
  }

  @Test
  void keepsOnlyFunctionsWhoseLinesOverlapAChangedRangeAndIgnoresTestFiles() {
    Path repo = TsFixture.repo(dir);
    Diff change =
        new Diff(
            "base",
            "WORKTREE",
            List.of(
                new ChangedFile(
                    "src/fares.ts",
                    ChangedFile.Status.MODIFIED,
                    List.of(new LineRange(3, 5), new LineRange(24, 24), new LineRange(39, 39))),
                new ChangedFile(
                    "src/fares.test.ts",
                    ChangedFile.Status.MODIFIED,
                    List.of(new LineRange(1, 5)))),
            List.of());

    List<TargetFunction> found = ChangedExports.find(repo, change, Limits.standard());

    assertThat(found).extracting(TargetFunction::name).containsExactly("surge");
  }

  @Test
  void saysHowToInstallTypescriptWhenTheRepositoryHasNone() {
    Path repo = TsFixture.sourcesOnly(dir);

    assertThatThrownBy(
            () ->
                ChangedExports.find(
                    repo, diff("src/fares.ts", new LineRange(1, 5)), Limits.standard()))
        .isInstanceOf(TestGenerationException.class)
        .hasMessageContaining("typescript is not installed in " + repo)
        .hasMessageContaining("npm ci");
  }
}
