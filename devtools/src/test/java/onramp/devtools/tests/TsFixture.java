package onramp.devtools.tests;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The fixture TypeScript repository ({@code fixture-repo/} in the test resources: a fares module,
 * one existing Vitest test covering part of it, typescript, vitest and @vitest/coverage-v8 pinned
 * in its lock). {@code npm ci} runs once per build into {@code target/}; each test gets a fresh
 * copy of the sources with {@code node_modules} linked to that install.
 */
final class TsFixture {
  private static final Path INSTALL = Path.of("target", "ts-tests-fixture").toAbsolutePath();
  private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);

  private TsFixture() {}

  /** A fresh copy of the fixture repository in {@code dir}, its packages installed. */
  static Path repo(Path dir) {
    Path modules = installed();
    copySources(dir);
    try {
      Files.createSymbolicLink(dir.resolve("node_modules"), modules);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  /** A copy of the fixture's sources only: no {@code node_modules}. */
  static Path sourcesOnly(Path dir) {
    copySources(dir);
    return dir;
  }

  private static synchronized Path installed() {
    Path modules = INSTALL.resolve("node_modules");
    Path marker = modules.resolve(".onramp-installed");
    try {
      Path lock = source().resolve("package-lock.json");
      String want = Files.readString(lock).hashCode() + "";
      if (Files.isRegularFile(marker) && Files.readString(marker).equals(want)) {
        return modules;
      }
      Files.createDirectories(INSTALL);
      for (String f : List.of("package.json", "package-lock.json")) {
        Files.copy(source().resolve(f), INSTALL.resolve(f), StandardCopyOption.REPLACE_EXISTING);
      }
      Command.Result ci =
          Command.of(
                  INSTALL,
                  INSTALL_TIMEOUT,
                  "npm",
                  "ci",
                  "--prefer-offline",
                  "--no-audit",
                  "--no-fund")
              .run();
      if (!ci.ok()) {
        fail(
            "npm ci of the fixture repository in "
                + INSTALL
                + " failed (exit "
                + ci.exitCode()
                + "); it needs the npm registry once, then npm's cache:\n"
                + ci.output());
      }
      Files.writeString(marker, want);
      return modules;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copySources(Path dir) {
    Path src = source();
    try (Stream<Path> all = Files.walk(src)) {
      for (Path p : all.toList()) {
        Path target = dir.resolve(src.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path source() {
    try {
      Path packageJson =
          Path.of(
              Objects.requireNonNull(
                      TsFixture.class.getResource("fixture-repo/package.json"),
                      "fixture-repo/package.json is missing from the test resources")
                  .toURI());
      return Objects.requireNonNull(packageJson.getParent());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
