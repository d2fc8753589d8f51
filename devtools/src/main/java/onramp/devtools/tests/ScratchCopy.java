package onramp.devtools.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A throwaway copy of a repository where proposed tests are written and run, so the working tree is
 * never touched: everything but {@code .git} is copied, and every {@code node_modules} is a
 * symbolic link to the original (installs are large and read-only for our purpose).
 */
final class ScratchCopy implements AutoCloseable {
  private final Path root;

  private ScratchCopy(Path root) {
    this.root = root;
  }

  static ScratchCopy of(Path repo) {
    try {
      Path root = Files.createTempDirectory("onramp-ts-tests-").toRealPath();
      Path source = repo.toRealPath();
      Files.walkFileTree(
          source,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              Path target = root.resolve(source.relativize(dir).toString());
              if (name.equals(".git")) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              if (name.equals("node_modules")) {
                Files.createSymbolicLink(target, dir);
                return FileVisitResult.SKIP_SUBTREE;
              }
              Files.createDirectories(target);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Path target = root.resolve(source.relativize(file).toString());
              if (attrs.isSymbolicLink()) {
                // node_modules linked in, or a pnpm-style link: point at what it points at
                if (Files.exists(file)) {
                  Files.createSymbolicLink(target, file.toRealPath());
                }
              } else if (attrs.isRegularFile()) {
                Files.copy(file, target);
              }
              return FileVisitResult.CONTINUE;
            }
          });
      return new ScratchCopy(root);
    } catch (IOException e) {
      throw new TestGenerationException(
          "cannot copy " + repo + " to a scratch directory: " + e.getMessage());
    }
  }

  Path root() {
    return root;
  }

  Path resolve(String relative) {
    return root.resolve(relative);
  }

  void write(String relative, String text) {
    try {
      Path p = root.resolve(relative);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the copy; the links are removed, never what they point to. */
  @Override
  public void close() {
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder()).forEach(ScratchCopy::delete);
    } catch (IOException e) {
      // a scratch directory left in the temp folder is harmless
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // see close()
    }
  }
}
