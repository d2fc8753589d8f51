package onramp.devtools.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import onramp.devtools.exec.Command;
import onramp.devtools.exec.ToolException;

/**
 * The pinned npm packages the benchmark and the tests check real TypeScript with: immer (MIT; its
 * npm tarball ships its {@code src/*.ts}), typescript, eslint and typescript-eslint, installed with
 * {@code npm ci} from the committed lockfile once per directory (a marker holds the lockfile's
 * hash, so a changed lockfile reinstalls).
 */
public final class TsFixture {
  private static final String RESOURCES = "/onramp/devtools/bench/ts-fixture/";
  private static final String MARKER = "node_modules/.onramp-lock-sha256";
  private static final Duration INSTALL_LIMIT = Duration.ofMinutes(5);
  private static final Pattern NETWORK =
      Pattern.compile(
          "ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNREFUSED|ECONNRESET|network",
          Pattern.CASE_INSENSITIVE);

  private TsFixture() {}

  /** Installs into {@code dir} (created if needed) unless already installed from this lockfile. */
  public static Path install(Path dir) {
    try {
      Files.createDirectories(dir);
      try (FileChannel ch =
              FileChannel.open(
                  dir.resolve(".install.lock"),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          FileLock ignored = ch.lock()) {
        byte[] lock = resource("package-lock.json");
        String hash = sha256(lock);
        Path marker = dir.resolve(MARKER);
        if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(hash)) {
          return dir;
        }
        Files.write(dir.resolve("package.json"), resource("package.json"));
        Files.write(dir.resolve("package-lock.json"), lock);
        npmCi(dir);
        Files.writeString(marker, hash);
        return dir;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + dir + " for npm ci", e);
    }
  }

  /** immer's TypeScript sources inside an installed fixture. */
  public static Path immerSources(Path installed) {
    return installed.resolve("node_modules/immer/src");
  }

  private static void npmCi(Path dir) {
    Command.Result r =
        new Command(
                "npm",
                List.of("npm", "ci", "--prefer-offline", "--no-audit", "--no-fund"),
                dir,
                Map.of("NO_COLOR", "1"))
            .run(INSTALL_LIMIT, "install Node 20 and npm (Debian: apt-get install nodejs npm)");
    if (r.exitCode() != 0) {
      String output = r.stdout() + r.stderr();
      String why =
          NETWORK.matcher(output).find()
              ? "the npm registry could not be reached (needed once; later runs use npm's cache)"
              : "see npm's output";
      throw new ToolException(
          ToolException.Kind.FAILED,
          "npm ci in "
              + dir
              + " failed (exit "
              + r.exitCode()
              + "): "
              + why
              + "\n"
              + r.diagnostics());
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = TsFixture.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IOException(RESOURCES + name + " is missing from the devtools jar");
      }
      return in.readAllBytes();
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
