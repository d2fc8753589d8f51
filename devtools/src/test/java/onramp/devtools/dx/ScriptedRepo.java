package onramp.devtools.dx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A git repository the test writes commit by commit with real git, dates set through the
 * environment.
 */
final class ScriptedRepo {
  final Path dir;

  ScriptedRepo(Path dir) throws IOException, InterruptedException {
    this.dir = dir;
    Files.createDirectories(dir);
    git(null, "init", "-q", "-b", "main");
  }

  void write(String path, List<String> lines) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent() == null ? dir : file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n");
  }

  /** Commits everything with author and committer time {@code when} (ISO-8601); returns its id. */
  String commit(String when, String message) throws IOException, InterruptedException {
    return commit(when, when, message);
  }

  String commit(String authored, String committed, String message)
      throws IOException, InterruptedException {
    git(null, "add", "-A");
    git(new String[] {authored, committed}, "commit", "-q", "--allow-empty", "-m", message);
    return git(null, "rev-parse", "HEAD").strip();
  }

  /** Merges {@code branch} into the checked-out branch with a merge commit at {@code when}. */
  String merge(String branch, String when, String message)
      throws IOException, InterruptedException {
    git(new String[] {when, when}, "merge", "-q", "--no-ff", "-m", message, branch);
    return git(null, "rev-parse", "HEAD").strip();
  }

  String git(String @org.jspecify.annotations.Nullable [] dates, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                "git",
                "-c",
                "user.name=Synthetic Developer",
                "-c",
                "user.email=dev@example.invalid"));
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    if (dates != null) {
      pb.environment().put("GIT_AUTHOR_DATE", dates[0]);
      pb.environment().put("GIT_COMMITTER_DATE", dates[1]);
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("git " + String.join(" ", args) + " failed: " + out);
    }
    return out;
  }
}
