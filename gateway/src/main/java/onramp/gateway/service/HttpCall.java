package onramp.gateway.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;

/** One HTTP exchange, as any server hands it over (JDK server, servlet container). */
public interface HttpCall {
  String method();

  /** The path without query string, e.g. {@code /v1/messages}. */
  String path();

  /** A request header, by case-insensitive name. */
  Optional<String> header(String name);

  InputStream body() throws IOException;

  /** Sends a whole response. */
  void respond(int status, Map<String, String> headers, byte[] body) throws IOException;

  /**
   * Starts a streamed response; the caller writes and flushes events and closes the stream. A write
   * fails with an {@link IOException} once the client has gone.
   */
  OutputStream stream(int status, Map<String, String> headers) throws IOException;
}
