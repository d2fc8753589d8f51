package onramp.devtools.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import onramp.devtools.bench.FixtureRepository;

/** A throwaway git repository for a test: write files, commit, branch. */
record Repo(Path dir) {
  static Repo init(Path dir, String branch) {
    FixtureRepository.git(dir, "init", "--quiet", "--initial-branch=" + branch);
    return new Repo(dir);
  }

  Repo write(String path, String text) {
    try {
      Path f = dir.resolve(path);
      Files.createDirectories(f.getParent());
      Files.writeString(f, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Repo writeBytes(String path, byte[] bytes) {
    try {
      Path f = dir.resolve(path);
      Files.createDirectories(f.getParent());
      Files.write(f, bytes);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Repo commit(String message) {
    git("add", "-A");
    git("commit", "--quiet", "--no-gpg-sign", "--allow-empty", "-m", message);
    return this;
  }

  String git(String... args) {
    return FixtureRepository.git(dir, args);
  }

  /** Lines "line 1" … "line n", each ending in a newline. */
  static String lines(int n) {
    return IntStream.rangeClosed(1, n)
        .mapToObj(i -> "line " + i + "\n")
        .collect(Collectors.joining());
  }

  /** {@link #lines} with line {@code at} replaced. */
  static String linesWith(int n, int at, String replacement) {
    return IntStream.rangeClosed(1, n)
        .mapToObj(i -> (i == at ? replacement : "line " + i) + "\n")
        .collect(Collectors.joining());
  }
}
