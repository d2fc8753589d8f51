package onramp.devtools.exec;

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
import org.slf4j.LoggerFactory;

/**
 * A throwaway copy of a repository's working tree, where suggested fixes are type-checked and
 * proposed tests are written and run, so the working tree is never touched: every file but the
 * repository's {@code .git}; each {@code node_modules} is a symbolic link to the original (the
 * compiler and the test runner resolve through it; installs are large and only read), and other
 * symbolic links point at what the original's point at. Closing deletes the copy; links are
 * removed, never followed.
 */
public final class ScratchCopy implements AutoCloseable {
  private final Path root;

  private ScratchCopy(Path root) {
    this.root = root;
  }

  /** Copies {@code repo}; a {@link ToolException} of kind SETUP when it cannot. */
  public static ScratchCopy of(Path repo) {
    Path source;
    Path root;
    try {
      source = repo.toRealPath();
      root = Files.createTempDirectory("onramp-scratch-").toRealPath();
    } catch (IOException e) {
      throw new ToolException(
          ToolException.Kind.SETUP,
          "cannot copy " + repo + " to a scratch directory: " + e.getMessage());
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
                // a pnpm-style link, say: point at what it points at (a relative link would
                // dangle from the copy); a dangling link is left out
                if (Files.exists(file)) {
                  Files.createSymbolicLink(target, file.toRealPath());
                }
              } else if (attrs.isRegularFile()) {
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      copy.close();
      throw new ToolException(
          ToolException.Kind.SETUP,
          "cannot copy " + repo + " to a scratch directory: " + e.getMessage());
    }
    return copy;
  }

  /** The copy's root folder. */
  public Path root() {
    return root;
  }

  /** A path inside the copy. */
  public Path resolve(String relative) {
    return root.resolve(relative);
  }

  /** Writes (or replaces) a file inside the copy, creating its folders. */
  public void write(String relative, String text) {
    try {
      Path p = root.resolve(relative);
      Path parent = p.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(p, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the copy; links are removed, never followed. */
  @Override
  public void close() {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(ScratchCopy::delete);
    } catch (IOException e) {
      // reported below, when the root cannot go
    }
    if (Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      LoggerFactory.getLogger(ScratchCopy.class).warn("could not delete the scratch copy {}", root);
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
