package onramp.devtools.dx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A team's repository with a known history, written by real git ({@code git fast-import}, which
 * takes each commit's author and committer time as given, like GIT_AUTHOR_DATE and
 * GIT_COMMITTER_DATE, but in one process so hundreds of pull requests take a second): every week a
 * few pull requests, each a branch commit and a merge commit, whose cycle time is the team's
 * baseline plus noise, minus {@code effect} once the team has started. A share of pull requests
 * rewrite lines merged a few days before (rework), the same before and after the start. Synthetic
 * people only.
 */
final class SyntheticTeamRepo {
  record Spec(
      Instant firstWeek,
      int weeks,
      int perWeek,
      double baselineHours,
      Instant starts,
      double effectHours,
      double reworkShare,
      long seed) {}

  private static final String WHO = "Synthetic Developer <dev@example.invalid>";

  private final StringBuilder stream = new StringBuilder();
  private final Map<String, List<String>> files = new HashMap<>();
  private int mark;

  static Path create(Path dir, Spec spec) throws IOException, InterruptedException {
    java.nio.file.Files.createDirectories(dir);
    run(dir, "git", "init", "-q", "-b", "main");
    SyntheticTeamRepo repo = new SyntheticTeamRepo();
    String stream = repo.history(spec);
    Process p =
        new ProcessBuilder("git", "-C", dir.toString(), "fast-import", "--quiet")
            .redirectErrorStream(true)
            .start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(stream.getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("git fast-import failed: " + out);
    }
    return dir;
  }

  private record Pr(Instant first, Instant merged, int n) {}

  private String history(Spec s) {
    Random r = new Random(s.seed);
    List<Pr> prs = new ArrayList<>();
    int n = 0;
    for (int w = 0; w < s.weeks; w++) {
      for (int k = 0; k < s.perWeek; k++) {
        Instant first = s.firstWeek.plus(Duration.ofHours(w * 168L + r.nextInt(150)));
        double hours = s.baselineHours + r.nextGaussian() * 4;
        if (!first.isBefore(s.starts)) {
          hours -= s.effectHours;
        }
        hours = Math.max(1, hours);
        prs.add(new Pr(first, first.plusSeconds((long) (hours * 3600)), n++));
      }
    }
    prs.sort(java.util.Comparator.comparing(Pr::merged));
    int main =
        commit(
            "main",
            List.of(),
            s.firstWeek.minus(Duration.ofDays(90)),
            "Initial commit",
            Map.of("README.md", List.of("team repo")));
    List<String> recent = new ArrayList<>();
    for (Pr pr : prs) {
      Map<String, List<String>> change = new HashMap<>();
      String path = "src/f" + pr.n + ".ts";
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        lines.add("export const v" + pr.n + "_" + i + " = " + i + ";");
      }
      change.put(path, lines);
      if (!recent.isEmpty() && r.nextDouble() < s.reworkShare) {
        String again = recent.get(r.nextInt(recent.size()));
        List<String> old = new ArrayList<>(files.get(again));
        for (int i = 2; i < 6; i++) {
          old.set(i, old.get(i).replace(";", " + " + pr.n + ";"));
        }
        change.put(again, old);
      }
      int branch = commit("pr" + pr.n, List.of(main), pr.first, "Change " + pr.n, change);
      main =
          commit("main", List.of(main, branch), pr.merged, "Merge pull request #" + pr.n, change);
      files.putAll(change);
      recent.add(path);
      if (recent.size() > 4) {
        recent.remove(0);
      }
    }
    return stream.toString();
  }

  private int commit(
      String branch,
      List<Integer> parents,
      Instant at,
      String message,
      Map<String, List<String>> change) {
    int m = ++mark;
    String who = WHO + " " + at.getEpochSecond() + " +0000\n";
    stream.append("commit refs/heads/").append(branch).append('\n');
    stream.append("mark :").append(m).append('\n');
    stream.append("author ").append(who).append("committer ").append(who);
    data(message + "\n");
    if (!parents.isEmpty()) {
      stream.append("from :").append(parents.get(0)).append('\n');
    }
    for (int i = 1; i < parents.size(); i++) {
      stream.append("merge :").append(parents.get(i)).append('\n');
    }
    change.keySet().stream()
        .sorted()
        .forEach(
            path -> {
              stream.append("M 100644 inline ").append(path).append('\n');
              data(String.join("\n", change.get(path)) + "\n");
            });
    stream.append('\n');
    return m;
  }

  private void data(String text) {
    stream
        .append("data ")
        .append(text.getBytes(StandardCharsets.UTF_8).length)
        .append('\n')
        .append(text);
  }

  static void run(Path dir, String... command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + out);
    }
  }
}
