package onramp.devtools.dx;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import onramp.devtools.git.UnifiedDiff;

/**
 * Finds findings that a later commit fixed: for each run whose reviewed commit is in the
 * repository, the commits after it on the branch's first-parent line are diffed against it in
 * order; the first one whose diff changes a finding's lines (or inserts lines inside them) fixed
 * it. Changing the lines is evidence of acting on the finding, not proof; the report says so.
 */
public final class FixDetector {
  /** More later commits than this per run are not examined (a finding older than that is stale). */
  static final int MAX_COMMITS = 200;

  private FixDetector() {}

  /** What a scan found. */
  public record Result(int runsExamined, int runsNotInRepository, int findingsFixed) {}

  public static Result detect(
      DxStore store, Path repository, String branch, Instant from, Instant to) {
    Git git = Git.open(repository);
    Map<UUID, List<DxStore.StoredFinding>> byRun = new LinkedHashMap<>();
    for (DxStore.StoredFinding f : store.findings(from, to)) {
      if (f.head().isPresent()) {
        byRun.computeIfAbsent(f.run(), r -> new ArrayList<>()).add(f);
      }
    }
    int examined = 0;
    int missing = 0;
    int fixed = 0;
    for (List<DxStore.StoredFinding> findings : byRun.values()) {
      String head = findings.get(0).head().orElseThrow();
      if (!git.succeeds("cat-file", "-e", head + "^{commit}")) {
        missing++;
        continue;
      }
      examined++;
      for (Map.Entry<DxStore.StoredFinding, String> e :
          fixedBy(git, head, branch, findings).entrySet()) {
        store.recordFate(
            e.getKey().run(),
            e.getKey().n(),
            Fate.FIXED,
            Fate.Origin.GIT,
            Optional.of(e.getValue()));
        fixed++;
      }
    }
    return new Result(examined, missing, fixed);
  }

  /** Each finding a later commit changed, with the first such commit. */
  static Map<DxStore.StoredFinding, String> fixedBy(
      Git git, String head, String branch, List<DxStore.StoredFinding> findings) {
    List<DxStore.StoredFinding> open = new ArrayList<>(findings);
    Map<DxStore.StoredFinding, String> fixed = new LinkedHashMap<>();
    List<String> files = open.stream().map(DxStore.StoredFinding::file).distinct().toList();
    List<String> later =
        git.run("rev-list", "--reverse", "--first-parent", head + ".." + branch).lines().toList();
    for (String commit : later.subList(0, Math.min(later.size(), MAX_COMMITS))) {
      if (open.isEmpty()) {
        break;
      }
      List<String> args =
          new ArrayList<>(List.of("diff", "-U0", "--no-renames", "--no-color", head, commit, "--"));
      args.addAll(files);
      UnifiedDiff diff = UnifiedDiff.parse(git.run(args.toArray(String[]::new)));
      for (DxStore.StoredFinding f : List.copyOf(open)) {
        Optional<UnifiedDiff.FileDiff> d = diff.byOldPath(f.file());
        int start = f.lines().start();
        int end = f.lines().end();
        if (d.isPresent()
            && (d.get().oldLinesTouched(start, end) > 0 || d.get().insertsWithin(start, end))) {
          fixed.put(f, commit);
          open.remove(f);
        }
      }
    }
    return fixed;
  }
}
