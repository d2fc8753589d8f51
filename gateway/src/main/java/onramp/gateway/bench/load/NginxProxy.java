package onramp.gateway.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx as a reverse proxy to the fake vendor, for comparison: a child process in the
 * foreground (not a daemon) on a free loopback port, with its configuration, logs and temporary
 * files under its own prefix folder, keep-alive connections to the upstream, no access log.
 */
final class NginxProxy implements AutoCloseable {
  private final Process process;
  private final int port;

  private NginxProxy(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static NginxProxy start(Path nginx, Path prefix, int upstreamPort) {
    try {
      Path root = prefix.toAbsolutePath();
      Files.createDirectories(root.resolve("logs"));
      Files.createDirectories(root.resolve("temp"));
      int port = freePort();
      Path conf = root.resolve("nginx.conf");
      Files.writeString(conf, config(root, port, upstreamPort));
      Process p =
          new ProcessBuilder(
                  nginx.toString(),
                  "-p",
                  root + "/",
                  "-c",
                  conf.toString(),
                  "-e",
                  root.resolve("logs/error.log").toString())
              .redirectErrorStream(true)
              .redirectOutput(root.resolve("logs/console.log").toFile())
              .start();
      NginxProxy proxy = new NginxProxy(p, port);
      proxy.awaitListening(root);
      return proxy;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start nginx: " + e.getMessage(), e);
    }
  }

  static String config(Path root, int port, int upstreamPort) {
    String temp = root.resolve("temp").toString();
    return """
        # Written by the gateway load benchmark: nginx in front of the fake vendor.
        daemon off;
        worker_processes auto;
        pid %1$s/logs/nginx.pid;
        error_log %1$s/logs/error.log warn;
        events { worker_connections 4096; }
        http {
          access_log off;
          client_body_temp_path %2$s/client_body;
          proxy_temp_path %2$s/proxy;
          fastcgi_temp_path %2$s/fastcgi;
          uwsgi_temp_path %2$s/uwsgi;
          scgi_temp_path %2$s/scgi;
          upstream fake_vendor {
            server 127.0.0.1:%3$d;
            keepalive 256;
          }
          server {
            listen 127.0.0.1:%4$d;
            location / {
              proxy_pass http://fake_vendor;
              proxy_http_version 1.1;
              proxy_set_header Connection "";
            }
          }
        }
        """
        .formatted(root, temp, upstreamPort, port);
  }

  ProcessHandle handle() {
    return process.toHandle();
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  private void awaitListening(Path root) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "nginx exited with "
                + process.exitValue()
                + "; see "
                + root.resolve("logs/console.log")
                + " and "
                + root.resolve("logs/error.log"));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return;
      } catch (IOException notYet) {
        sleep(50);
      }
    }
    close();
    throw new IllegalStateException("nginx did not listen on port " + port + " within 15 s");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops nginx (SIGTERM: a fast shutdown of master and workers), forcibly after 10 s. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
