package onramp.devtools.dx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryHistoryTest {
  @TempDir Path dir;

  static List<String> lines(String prefix, int n) {
    return IntStream.rangeClosed(1, n)
        .mapToObj(i -> "export const " + prefix + i + " = " + i + ";")
        .toList();
  }

  @Test
  void readsMergedChangesWithCycleTimeSizeReworkAndReverts() throws Exception {
    ScriptedRepo repo = new ScriptedRepo(dir.resolve("team"));
    repo.write("README.md", List.of("team"));
    repo.commit("2026-01-01T09:00:00Z", "Initial commit");
    // a pull request of two commits, merged two days after its first commit
    repo.git(null, "checkout", "-q", "-b", "feature");
    repo.write("src/a.ts", lines("a", 10));
    repo.commit("2026-01-05T10:00:00Z", "Add a");
    repo.write("src/b.ts", lines("b", 2));
    repo.commit("2026-01-06T10:00:00Z", "Add b");
    repo.git(null, "checkout", "-q", "main");
    String merge =
        repo.merge("feature", "2026-01-07T10:00:00Z", "Merge pull request #1 from x/feature");
    // a direct push: not a change under review
    repo.write("README.md", List.of("team", "docs"));
    repo.commit("2026-01-08T10:00:00Z", "Fix typo");
    // a squash merge ten days later rewrites 3 of a's lines: rework of the first change
    List<String> a = new java.util.ArrayList<>(lines("a", 10));
    a.set(1, "export const a2 = 20;");
    a.set(2, "export const a3 = 30;");
    a.set(3, "export const a4 = 40;");
    repo.write("src/a.ts", a);
    String squash = repo.commit("2026-01-16T08:00:00Z", "2026-01-17T08:00:00Z", "Tune a (#2)");

    // pad the history past the 21-day window of the first change
    repo.write("src/c.ts", lines("c", 1));
    repo.commit("2026-02-20T10:00:00Z", "Add c (#4)");
    repo.git(
        new String[] {"2026-02-21T08:00:00Z", "2026-02-21T08:00:00Z"},
        "revert",
        "--no-edit",
        "HEAD");

    List<MergedChange> changes = DeliveryHistory.read(repo.dir, "main");

    assertThat(changes).extracting(MergedChange::commit).startsWith(merge, squash).hasSize(4);
    MergedChange first = changes.get(0);
    assertThat(first.cycleTime()).contains(Duration.ofDays(2));
    assertThat(first.linesAdded()).isEqualTo(12);
    assertThat(first.size()).isEqualTo(12);
    assertThat(first.revert()).isFalse();
    assertThat(first.rework()).contains(3);
    MergedChange second = changes.get(1);
    assertThat(second.cycleTime()).contains(Duration.ofDays(1));
    assertThat(second.size()).isEqualTo(6);
    assertThat(changes.get(2).rework()).isEmpty(); // its 21 days are not over in this history
    assertThat(changes.get(3).revert()).isTrue();
  }

  @Test
  void saysPlainlyWhenTheFolderIsNotARepository() {
    assertThatThrownBy(() -> DeliveryHistory.read(dir, "main"))
        .isInstanceOf(DxException.class)
        .hasMessageContaining(dir.toString())
        .hasMessageContaining("is not a git repository");
  }

  @Test
  void saysPlainlyWhenTheBranchIsMissing() throws Exception {
    ScriptedRepo repo = new ScriptedRepo(dir.resolve("team"));
    repo.commit("2026-01-01T09:00:00Z", "Initial commit");

    assertThatThrownBy(() -> DeliveryHistory.read(repo.dir, "trunk"))
        .hasMessageContaining("has no branch or commit 'trunk'");
  }
}
