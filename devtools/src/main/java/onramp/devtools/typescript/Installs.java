package onramp.devtools.typescript;

import java.nio.file.Path;
import java.util.Optional;

/** What to run to install a project's packages: its lockfile says which package manager. */
final class Installs {
  private Installs() {}

  static String fix(Path root) {
    Optional<Path> npm = Paths.up(root, "package-lock.json");
    Optional<Path> pnpm = Paths.up(root, "pnpm-lock.yaml");
    Optional<Path> yarn = Paths.up(root, "yarn.lock");
    if (pnpm.isPresent()) {
      return "run pnpm install --frozen-lockfile in " + pnpm.get().getParent();
    }
    if (yarn.isPresent()) {
      return "run yarn install --frozen-lockfile in " + yarn.get().getParent();
    }
    if (npm.isPresent()) {
      return "run npm ci in " + npm.get().getParent();
    }
    return Paths.up(root, "package.json")
        .map(p -> "run npm install in " + p.getParent())
        .orElse("run npm install --save-dev typescript in " + root);
  }
}
