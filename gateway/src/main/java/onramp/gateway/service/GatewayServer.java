package onramp.gateway.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The gateway service alone ({@code ./onramp gateway}): the JDK's HTTP server, one virtual thread
 * per request (a streamed answer holds its thread for as long as the vendor writes), {@code
 * /health} for load balancers, everything under {@code /v1/} to {@link GatewayService}.
 */
public final class GatewayServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

  private GatewayServer(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts on {@code address}:{@code port} (0: a free port).
   *
   * @throws UncheckedIOException when the port is taken
   */
  public static GatewayServer start(GatewayService service, InetAddress address, int port) {
    // without it each small SSE write waits for the client's delayed ACK (~40 ms a token):
    // measured time to first text delta added 48 ms -> 5.5 ms (notes/bench.md)
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    try {
      HttpServer http = HttpServer.create(new InetSocketAddress(address, port), 4096);
      GatewayServer s = new GatewayServer(http);
      http.createContext(
          "/",
          ex -> {
            try (ex) {
              String path = ex.getRequestURI().getRawPath();
              if (path.equals("/health")) {
                byte[] ok = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("content-type", "application/json");
                ex.sendResponseHeaders(200, ok.length);
                ex.getResponseBody().write(ok);
              } else {
                service.handle(new Exchange(ex));
              }
            } catch (IOException e) {
              // the client went away; nothing to answer
            }
          });
      http.setExecutor(s.executor);
      http.start();
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not listen on "
              + address.getHostAddress()
              + ":"
              + port
              + " ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  public static GatewayServer startOnLoopback(GatewayService service, int port) {
    return start(service, InetAddress.getLoopbackAddress(), port);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:PORT}: the base URL for the SDKs. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port());
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private record Exchange(HttpExchange ex) implements HttpCall {
    @Override
    public String method() {
      return ex.getRequestMethod();
    }

    @Override
    public String path() {
      return ex.getRequestURI().getPath();
    }

    @Override
    public Optional<String> header(String name) {
      return Optional.ofNullable(ex.getRequestHeaders().getFirst(name));
    }

    @Override
    public InputStream body() {
      return ex.getRequestBody();
    }

    @Override
    public void respond(int status, Map<String, String> headers, byte[] body) throws IOException {
      headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
      ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
    }

    @Override
    public OutputStream stream(int status, Map<String, String> headers) throws IOException {
      headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
      ex.sendResponseHeaders(status, 0);
      return ex.getResponseBody();
    }
  }
}
