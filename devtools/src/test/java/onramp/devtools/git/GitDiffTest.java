package onramp.devtools.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import onramp.devtools.ChangedFile;
import onramp.devtools.Diff;
import onramp.devtools.LineRange;
import onramp.devtools.exec.ToolException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitDiffTest {
  @TempDir Path dir;

  @Test
  void takesCommittedAndUncommittedChangesAgainstTheMergeBaseWithMain() {
    Repo repo = Repo.init(dir, "main").write("src/a.ts", Repo.lines(10)).commit("base");
    String base = repo.git("rev-parse", "HEAD").strip();
    repo.git("checkout", "--quiet", "-b", "feature");
    repo.write("src/a.ts", Repo.linesWith(10, 3, "changed in a commit")).commit("feature");
    repo.git("checkout", "--quiet", "main");
    repo.write("src/later-on-main.ts", "export {};\n").commit("main moves on");
    repo.git("checkout", "--quiet", "feature");
    String worktree = Repo.linesWith(10, 3, "changed in a commit").replace("line 7\n", "edited\n");
    repo.write("src/a.ts", worktree).write("src/new.tsx", "a\nb\nc\nd");

    Diff diff = GitDiff.of(dir, Optional.empty());

    assertThat(diff.base()).isEqualTo(base);
    assertThat(diff.head()).isEqualTo("WORKTREE");
    assertThat(diff.basis()).contains("merge-base of HEAD and main");
    assertThat(diff.files())
        .containsExactly(
            new ChangedFile(
                "src/a.ts",
                ChangedFile.Status.MODIFIED,
                java.util.List.of(new LineRange(3, 3), new LineRange(7, 7))),
            new ChangedFile(
                "src/new.tsx", ChangedFile.Status.ADDED, java.util.List.of(new LineRange(1, 4))));
    assertThat(diff.skipped()).isEmpty();
  }

  @Test
  void fallsBackToMasterWhenThereIsNoMain() {
    Repo repo = Repo.init(dir, "master").write("a.ts", Repo.lines(3)).commit("base");
    repo.git("checkout", "--quiet", "-b", "feature");
    repo.write("a.ts", Repo.linesWith(3, 2, "x")).commit("change");

    Diff diff = GitDiff.of(dir, Optional.empty());

    assertThat(diff.basis()).contains("master").contains("no origin/HEAD");
    assertThat(diff.files()).singleElement().satisfies(f -> assertThat(f.touches(2)).isTrue());
    assertThat(diff.head()).isEqualTo(repo.git("rev-parse", "HEAD").strip());
  }

  @Test
  void prefersTheDefaultBranchOriginHeadNames() {
    Repo repo = Repo.init(dir, "main").write("a.ts", Repo.lines(3)).commit("base");
    String trunk = repo.git("rev-parse", "HEAD").strip();
    repo.git("update-ref", "refs/remotes/origin/trunk", trunk);
    repo.git("symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/trunk");
    repo.write("a.ts", Repo.linesWith(3, 1, "x")).commit("on main");

    Diff diff = GitDiff.of(dir, Optional.empty());

    assertThat(diff.basis()).contains("origin/trunk").contains("origin/HEAD");
    assertThat(diff.base()).isEqualTo(trunk);
    assertThat(diff.files()).singleElement().satisfies(f -> assertThat(f.touches(1)).isTrue());
  }

  @Test
  void aGivenBaseIsTakenAtItsMergeBase() {
    Repo repo = Repo.init(dir, "develop").write("a.ts", Repo.lines(5)).commit("one");
    String one = repo.git("rev-parse", "HEAD").strip();
    repo.write("a.ts", Repo.linesWith(5, 5, "two")).commit("two");

    Diff diff = GitDiff.of(dir, Optional.of(one));

    assertThat(diff.base()).isEqualTo(one);
    assertThat(diff.basis()).isEqualTo("merge-base of HEAD and " + one);
    assertThat(diff.files().getFirst().changed()).containsExactly(new LineRange(5, 5));
  }

  @Test
  void saysWhatToDoWhenTheDirectoryIsNotAGitRepository() {
    assertThatThrownBy(() -> GitDiff.of(dir, Optional.empty()))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining(dir.toString())
        .hasMessageContaining("is not inside a git repository")
        .hasMessageContaining("git init")
        .extracting(e -> ((ToolException) e).kind())
        .isEqualTo(ToolException.Kind.SETUP);
  }

  @Test
  void saysWhatToDoWhenTheDirectoryDoesNotExist() {
    Path missing = dir.resolve("nowhere");
    assertThatThrownBy(() -> GitDiff.of(missing, Optional.empty()))
        .hasMessageContaining(missing + " is not a directory")
        .hasMessageContaining("--repo");
  }

  @Test
  void asksForABaseWhenThereIsNoDefaultBranch() {
    Repo.init(dir, "develop").write("a.ts", "x\n").commit("one");

    assertThatThrownBy(() -> GitDiff.of(dir, Optional.empty()))
        .hasMessageContaining("no default branch")
        .hasMessageContaining("--base");
  }

  @Test
  void namesAnUnknownBase() {
    Repo.init(dir, "main").write("a.ts", "x\n").commit("one");

    assertThatThrownBy(() -> GitDiff.of(dir, Optional.of("origin/nope")))
        .hasMessageContaining("the base origin/nope is not a commit in " + dir)
        .hasMessageContaining("git fetch origin origin/nope");
  }

  @Test
  void refusesARepositoryWithoutCommits() {
    Repo.init(dir, "main");

    assertThatThrownBy(() -> GitDiff.of(dir, Optional.empty()))
        .hasMessageContaining("no commit yet");
  }

  @Test
  void listsBinaryDeletedDeclarationAndOtherFilesAsSkippedWithTheReason() {
    Repo repo =
        Repo.init(dir, "main")
            .write("gone.ts", "x\n")
            .write("kept.ts", Repo.lines(4))
            .commit("base");
    repo.git("checkout", "--quiet", "-b", "feature");
    repo.git("rm", "--quiet", "gone.ts");
    repo.writeBytes("blob.ts", new byte[] {'a', 0, 'b', 0, 'c'})
        .writeBytes("fresh-blob.ts", new byte[] {0, 1, 2})
        .write("types.d.ts", "declare const x: number;\n")
        .write("README.md", "hello\n")
        .write("kept.ts", Repo.linesWith(4, 4, "x"))
        .commit("change");
    repo.writeBytes("untracked-blob.ts", new byte[] {1, 0, 1});

    Diff diff = GitDiff.of(dir, Optional.empty());

    assertThat(diff.files()).extracting(ChangedFile::path).containsExactly("kept.ts");
    assertThat(diff.skipped())
        .containsExactly(
            new Diff.Skipped("README.md", "not TypeScript"),
            new Diff.Skipped("blob.ts", "binary"),
            new Diff.Skipped("fresh-blob.ts", "binary"),
            new Diff.Skipped("gone.ts", "deleted"),
            new Diff.Skipped("types.d.ts", "declaration file"),
            new Diff.Skipped("untracked-blob.ts", "binary"));
  }

  @Test
  void followsARenameAndReportsOnlyItsEditedLines() {
    Repo repo = Repo.init(dir, "main").write("src/old name.ts", Repo.lines(30)).commit("base");
    repo.git("checkout", "--quiet", "-b", "feature");
    repo.git("mv", "src/old name.ts", "src/nouveau \"nom\" é.ts");
    repo.write("src/nouveau \"nom\" é.ts", Repo.linesWith(30, 12, "edited")).commit("move");

    Diff diff = GitDiff.of(dir, Optional.empty());

    assertThat(diff.files())
        .containsExactly(
            new ChangedFile(
                "src/nouveau \"nom\" é.ts",
                ChangedFile.Status.RENAMED,
                java.util.List.of(new LineRange(12, 12))));
  }

  @Test
  void aHunkThatOnlyDeletesMarksNoLine() {
    Repo repo = Repo.init(dir, "main").write("a.ts", Repo.lines(6)).commit("base");
    repo.write("a.ts", Repo.lines(6).replace("line 4\n", "").replace("line 1\n", "first\nadded\n"));

    Diff diff = GitDiff.of(dir, Optional.empty());

    assertThat(diff.files().getFirst().changed()).containsExactly(new LineRange(1, 2));
  }

  @Test
  void keepsTheFirstFilesInPathOrderWithinTheBudgetOfATenThousandFileDiff() throws IOException {
    Repo repo = Repo.init(dir, "main").write("README.md", "x\n").commit("base");
    repo.git("checkout", "--quiet", "-b", "huge");
    for (int i = 0; i < 10_000; i++) {
      Path f = dir.resolve("gen/d" + (i % 100) + "/f" + i + ".ts");
      Files.createDirectories(f.getParent());
      Files.writeString(f, "export const v" + i + " = " + i + ";\n");
    }
    repo.commit("ten thousand files");
    long started = System.nanoTime();

    Diff diff = GitDiff.of(dir, Optional.empty());

    long ms = (System.nanoTime() - started) / 1_000_000;
    assertThat(diff.files()).hasSize(GitDiff.DEFAULT_FILE_BUDGET);
    assertThat(diff.files().getFirst().path()).isEqualTo("gen/d0/f0.ts");
    assertThat(diff.files())
        .allSatisfy(f -> assertThat(f.changed()).containsExactly(new LineRange(1, 1)));
    assertThat(diff.skipped()).hasSize(9_500);
    assertThat(diff.skipped())
        .allSatisfy(s -> assertThat(s.why()).isEqualTo("over the file budget (500 files)"));
    assertThat(diff.skipped().getFirst().path()).isGreaterThan(diff.files().getLast().path());
    System.out.println("GitDiff of a 10,000-file change: " + ms + " ms");
    assertThat(ms).as("milliseconds for a 10,000-file diff").isLessThan(15_000);
  }
}
