package onramp.gateway.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's wrk and nginx, found on the PATH or in the sbin folders; installed with apt-get when
 * missing and this process runs as root (as CI does), else reported with the command to run.
 */
public record LoadTools(Path wrk, Path nginx) {

  public static final String HOW_TO_INSTALL =
      "the gateway load benchmark needs Debian's wrk and nginx: sudo apt-get install wrk nginx";

  /** The tools, installing them first when allowed and possible. */
  public static Optional<LoadTools> locate(boolean install) {
    Optional<LoadTools> found = find();
    if (found.isPresent() || !install || !canInstall()) {
      return found;
    }
    System.err.println("gateway load benchmark: installing Debian's wrk and nginx (apt-get)...");
    if (run(List.of("apt-get", "install", "-y", "-qq", "wrk", "nginx"), 600) != 0) {
      run(List.of("apt-get", "update", "-qq"), 600);
      run(List.of("apt-get", "install", "-y", "-qq", "wrk", "nginx"), 600);
    }
    return find();
  }

  private static Optional<LoadTools> find() {
    Optional<Path> wrk = onPath("wrk");
    Optional<Path> nginx = onPath("nginx");
    if (wrk.isEmpty() || nginx.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new LoadTools(wrk.get(), nginx.get()));
  }

  private static Optional<Path> onPath(String name) {
    List<String> dirs = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      dirs.addAll(List.of(path.split(":")));
    }
    dirs.addAll(List.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin"));
    return dirs.stream()
        .filter(d -> !d.isBlank())
        .map(d -> Path.of(d, name))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static boolean canInstall() {
    return "root".equals(System.getProperty("user.name"))
        && Files.isExecutable(Path.of("/usr/bin/apt-get"));
  }

  private static int run(List<String> command, int timeoutSeconds) {
    try {
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
      pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
      pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
      Process p = pb.start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return -1;
      }
      return p.exitValue();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** The first line a tool prints about its version ({@code wrk -v}, {@code nginx -v}). */
  static String version(Path tool, String flag) {
    try {
      Process p = new ProcessBuilder(tool.toString(), flag).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(10, TimeUnit.SECONDS);
      return out.lines().findFirst().orElse("?").strip();
    } catch (IOException e) {
      return "? (" + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "?";
    }
  }
}
