package onramp.devtools.typescript;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Paths relative to the repository root, and the walk up a monorepo that Node itself does. */
final class Paths {
  private Paths() {}

  /** {@code file} relative to {@code root}, forward slashes. */
  static String relative(Path root, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
    return rel.toString().replace('\\', '/');
  }

  /** The first {@code dir/relative} that exists, from {@code start} up to the filesystem root. */
  static Optional<Path> up(Path start, String relative) {
    for (Path d = start; d != null; d = d.getParent()) {
      Path candidate = d.resolve(relative);
      if (Files.exists(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The first of {@code names} present in {@code dir}. */
  static Optional<Path> first(Path dir, List<String> names) {
    return names.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst();
  }
}
