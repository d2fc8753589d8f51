package onramp.devtools.git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.devtools.ChangedFile;
import onramp.devtools.Diff;
import onramp.devtools.LineRange;
import onramp.devtools.exec.ToolException;

/**
 * The TypeScript part of a change, read with git: every {@code .ts/.tsx/.mts/.cts} file (not
 * declaration files) that differs between the base and the working tree, committed or not, tracked
 * or new, with the lines of its new version that were added or changed.
 *
 * <p>The base defaults to the merge-base of HEAD with the default branch (origin/HEAD, else main,
 * else master, else origin/main or origin/master); a given base is also taken at its merge-base
 * with HEAD, as a pull request compares. Renames are followed, so a moved file shows only its
 * edited lines. At most {@code fileBudget} files are kept, the first in path order (stable from run
 * to run whatever the files hold); the rest are listed in {@link Diff#skipped()}.
 */
public final class GitDiff {
  public static final int DEFAULT_FILE_BUDGET = 500;
  public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(60);
  static final String WORKTREE = "WORKTREE";
  private static final List<String> DEFAULT_BRANCHES =
      List.of("main", "master", "origin/main", "origin/master");

  private GitDiff() {}

  public static Diff of(Path repo, Optional<String> base) {
    return of(repo, base, DEFAULT_FILE_BUDGET);
  }

  public static Diff of(Path repo, Optional<String> base, int fileBudget) {
    if (fileBudget < 1) {
      throw new IllegalArgumentException("the file budget must be at least 1, not " + fileBudget);
    }
    Git git = open(repo);
    String head =
        git.commit("HEAD")
            .orElseThrow(
                () ->
                    new ToolException(
                        ToolException.Kind.SETUP,
                        repo + " has no commit yet: commit the base once, then review the change"));
    Base b = base.map(ref -> given(git, ref, head)).orElseGet(() -> byDefault(git, head));
    List<Entry> entries = new ArrayList<>(changed(git, b.commit()));
    entries.addAll(untracked(git));
    return assemble(git, b, entries, fileBudget);
  }

  private record Base(String commit, String basis) {}

  /** One file of the change, before it is classified. */
  private record Entry(char status, String path, Optional<String> from, boolean binary) {}

  private static Git open(Path repo) {
    if (!Files.isDirectory(repo)) {
      throw new ToolException(
          ToolException.Kind.SETUP,
          repo + " is not a directory: pass --repo with the path of a clone of the repository");
    }
    Git git = new Git(repo.toAbsolutePath().normalize(), DEFAULT_LIMIT);
    var r = git.exec("rev-parse", "--show-toplevel");
    if (r.exitCode() != 0) {
      String why = r.diagnostics();
      if (why.contains("not a git repository")) {
        throw new ToolException(
            ToolException.Kind.SETUP,
            repo
                + " is not inside a git repository: run the review in a clone of the repository"
                + " (or pass --repo DIR pointing at one; git init and a first commit make one)");
      }
      if (why.contains("dubious ownership")) {
        throw new ToolException(
            ToolException.Kind.SETUP,
            repo
                + " belongs to another user and git refuses it: run git config --global --add"
                + " safe.directory "
                + repo.toAbsolutePath());
      }
      throw new ToolException(
          ToolException.Kind.FAILED, "git cannot read the repository at " + repo + ": " + why);
    }
    return git;
  }

  private static Base given(Git git, String ref, String head) {
    String commit =
        git.commit(ref)
            .orElseThrow(
                () ->
                    new ToolException(
                        ToolException.Kind.SETUP,
                        "the base "
                            + ref
                            + " is not a commit in "
                            + git.dir()
                            + ": fetch it (git fetch origin "
                            + ref
                            + ") or pass another --base"));
    return new Base(mergeBase(git, commit, head, ref), "merge-base of HEAD and " + ref);
  }

  private static Base byDefault(Git git, String head) {
    Optional<String> originHead =
        git.attempt("symbolic-ref", "--quiet", "refs/remotes/origin/HEAD")
            .map(s -> s.strip().replaceFirst("^refs/remotes/", ""))
            .filter(ref -> git.commit(ref).isPresent());
    if (originHead.isPresent()) {
      String ref = originHead.get();
      return new Base(
          mergeBase(git, git.commit(ref).orElseThrow(), head, ref),
          "merge-base of HEAD and " + ref + " (origin/HEAD, the default branch)");
    }
    for (String ref : DEFAULT_BRANCHES) {
      Optional<String> c =
          git.commit("refs/heads/" + ref).or(() -> git.commit("refs/remotes/" + ref));
      if (c.isPresent()) {
        return new Base(
            mergeBase(git, c.get(), head, ref),
            "merge-base of HEAD and "
                + ref
                + " (no origin/HEAD; "
                + ref
                + " taken as the default branch)");
      }
    }
    throw new ToolException(
        ToolException.Kind.SETUP,
        git.dir()
            + " has no default branch to compare with (no origin/HEAD, main or master): pass --base"
            + " REF, e.g. --base origin/develop");
  }

  private static String mergeBase(Git git, String commit, String head, String ref) {
    return git.attempt("merge-base", commit, head)
        .map(String::strip)
        .orElseThrow(
            () ->
                new ToolException(
                    ToolException.Kind.SETUP,
                    ref
                        + " and HEAD share no history in "
                        + git.dir()
                        + ": pass a --base that HEAD grew from"));
  }

  /** Tracked files that differ between {@code base} and the working tree. */
  private static List<Entry> changed(Git git, String base) {
    String[] status =
        git.run(
                "diff",
                "--name-status",
                "-z",
                "--find-renames",
                "--relative",
                "--no-ext-diff",
                base,
                "--")
            .split("\0");
    Map<String, Boolean> binary = binaryByPath(git, base);
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i + 1 < status.length; ) {
      char code = status[i].charAt(0);
      if (code == 'R' || code == 'C') {
        String from = status[i + 1];
        String to = status[i + 2];
        out.add(new Entry(code, to, Optional.of(from), binary.getOrDefault(to, false)));
        i += 3;
      } else {
        String path = status[i + 1];
        out.add(new Entry(code, path, Optional.empty(), binary.getOrDefault(path, false)));
        i += 2;
      }
    }
    return out;
  }

  /** {@code --numstat} prints {@code -\t-} for a file git considers binary. */
  private static Map<String, Boolean> binaryByPath(Git git, String base) {
    String[] fields =
        git.run(
                "diff",
                "--numstat",
                "-z",
                "--find-renames",
                "--relative",
                "--no-ext-diff",
                base,
                "--")
            .split("\0");
    Map<String, Boolean> binary = new java.util.HashMap<>();
    for (int i = 0; i < fields.length; i++) {
      String f = fields[i];
      if (f.isEmpty()) {
        continue;
      }
      String[] cols = f.split("\t", 3);
      if (cols.length < 3) {
        continue;
      }
      boolean isBinary = cols[0].equals("-") && cols[1].equals("-");
      if (cols[2].isEmpty() && i + 2 < fields.length) {
        binary.put(fields[i + 2], isBinary);
        i += 2;
      } else {
        binary.put(cols[2], isBinary);
      }
    }
    return binary;
  }

  private static List<Entry> untracked(Git git) {
    List<Entry> out = new ArrayList<>();
    for (String path : git.run("ls-files", "--others", "--exclude-standard", "-z").split("\0")) {
      if (!path.isEmpty()) {
        out.add(new Entry('?', path, Optional.empty(), isBinary(git.dir().resolve(path))));
      }
    }
    return out;
  }

  private static Diff assemble(Git git, Base base, List<Entry> entries, int fileBudget) {
    List<Diff.Skipped> skipped = new ArrayList<>();
    List<Entry> typescript = new ArrayList<>();
    for (Entry e : entries) {
      Optional<String> why = skipReason(e);
      if (why.isPresent()) {
        skipped.add(new Diff.Skipped(e.path(), why.get()));
      } else {
        typescript.add(e);
      }
    }
    typescript.sort(Comparator.comparing(Entry::path));
    List<Entry> kept = typescript.subList(0, Math.min(fileBudget, typescript.size()));
    for (Entry e : typescript.subList(kept.size(), typescript.size())) {
      skipped.add(new Diff.Skipped(e.path(), "over the file budget (" + fileBudget + " files)"));
    }
    Map<String, List<LineRange>> ranges = hunks(git, base.commit(), kept);
    List<ChangedFile> files = new ArrayList<>();
    for (Entry e : kept) {
      List<LineRange> changed =
          e.status() == '?'
              ? wholeFile(git.dir().resolve(e.path()))
              : ranges.getOrDefault(e.path(), List.of());
      files.add(new ChangedFile(e.path(), status(e.status()), changed));
    }
    skipped.sort(Comparator.comparing(Diff.Skipped::path));
    String head =
        git.run("status", "--porcelain", "-z", "--", ".").isEmpty()
            ? git.commit("HEAD").orElseThrow()
            : WORKTREE;
    return new Diff(base.commit(), head, files, skipped, base.basis());
  }

  private static Optional<String> skipReason(Entry e) {
    if (e.status() == 'D') {
      return Optional.of("deleted");
    }
    if (e.status() == 'U') {
      return Optional.of("unmerged: resolve the conflict first");
    }
    if (GitPaths.isDeclaration(e.path())) {
      return Optional.of("declaration file");
    }
    if (!GitPaths.isTypeScript(e.path())) {
      return Optional.of("not TypeScript");
    }
    if (e.binary()) {
      return Optional.of("binary");
    }
    return Optional.empty();
  }

  private static ChangedFile.Status status(char code) {
    return switch (code) {
      case 'A', '?', 'C' -> ChangedFile.Status.ADDED;
      case 'R' -> ChangedFile.Status.RENAMED;
      default -> ChangedFile.Status.MODIFIED;
    };
  }

  /** The hunks of the kept tracked files, from one {@code --unified=0} patch limited to them. */
  private static Map<String, List<LineRange>> hunks(Git git, String base, List<Entry> kept) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--literal-pathspecs",
                "diff",
                "--unified=0",
                "--no-color",
                "--no-ext-diff",
                "--no-textconv",
                "--find-renames",
                "--relative",
                "--src-prefix=a/",
                "--dst-prefix=b/",
                base,
                "--"));
    int before = args.size();
    for (Entry e : kept) {
      if (e.status() != '?') {
        e.from().ifPresent(args::add);
        args.add(e.path());
      }
    }
    if (args.size() == before) {
      return Map.of();
    }
    return UnifiedDiff.parse(git.run(args.toArray(String[]::new))).newSideRanges();
  }

  private static List<LineRange> wholeFile(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      int lines = 0;
      for (byte b : bytes) {
        if (b == '\n') {
          lines++;
        }
      }
      if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
        lines++;
      }
      return lines == 0 ? List.of() : List.of(new LineRange(1, lines));
    } catch (IOException e) {
      throw new ToolException(
          ToolException.Kind.FAILED,
          file + " is new in the change but cannot be read: " + e.getMessage());
    }
  }

  /** Git's own test: a NUL byte in the first 8,000 bytes. */
  private static boolean isBinary(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(8000);
      for (byte b : head) {
        if (b == 0) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }
}
