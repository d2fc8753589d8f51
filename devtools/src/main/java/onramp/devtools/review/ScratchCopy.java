package onramp.devtools.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A throwaway copy of a repository's working tree to edit and type-check: every file but {@code
 * .git}; each {@code node_modules} is a symbolic link to the original (the compiler resolves
 * through it, nothing is installed). Closing deletes it.
 */
final class ScratchCopy implements AutoCloseable {
  private final Path root;

  private ScratchCopy(Path root) {
    this.root = root;
  }

  static ScratchCopy of(Path repo) {
    Path source = repo.toAbsolutePath().normalize();
    Path root;
    try {
      root = Files.createTempDirectory("onramp-scratch-");
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a scratch directory", e);
    }
    ScratchCopy copy = new ScratchCopy(root);
    try {
      Files.walkFileTree(
          source,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              Path target = root.resolve(source.relativize(dir).toString());
              if (!dir.equals(source) && name.equals(".git")) {
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
                Files.createSymbolicLink(target, Files.readSymbolicLink(file));
              } else {
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      copy.close();
      throw new UncheckedIOException("could not copy " + source + " to a scratch directory", e);
    }
    return copy;
  }

  Path root() {
    return root;
  }

  /** Deletes the copy; links are removed, never followed. */
  @Override
  public void close() {
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // reported below, when the root cannot go
                }
              });
    } catch (IOException e) {
      // nothing more to do
    }
    if (Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      org.slf4j.LoggerFactory.getLogger(ScratchCopy.class)
          .warn("could not delete the scratch copy {}", root);
    }
  }
}
