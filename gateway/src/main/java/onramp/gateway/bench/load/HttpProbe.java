package onramp.gateway.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Single calls with the JDK's HTTP client: the check that each target answers before the load, and
 * the streaming timings (wrk cannot see inside a streamed body).
 */
final class HttpProbe {
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String apiKey;

  HttpProbe(String apiKey) {
    this.apiKey = apiKey;
  }

  /** Status and body of one call. */
  HttpResponse<String> post(URI base, byte[] body) {
    try {
      return client.send(request(base, body), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("calling " + base + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * One streamed call, timed from the send: to the first byte of the body, to the first text delta
   * event, to the end.
   *
   * @return nanoseconds {first byte, first text delta, end}; empty when the status was not 200
   */
  long[] timeStream(URI base, byte[] body) {
    long t0 = System.nanoTime();
    try {
      HttpResponse<InputStream> r =
          client.send(request(base, body), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = r.body()) {
        if (r.statusCode() != 200) {
          in.readAllBytes();
          return new long[0];
        }
        int first = in.read();
        long firstByte = System.nanoTime() - t0;
        if (first < 0) {
          return new long[0];
        }
        long firstDelta = 0;
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 512);
        String line;
        while ((line = lines.readLine()) != null) {
          if (firstDelta == 0 && line.startsWith("event: content_block_delta")) {
            firstDelta = System.nanoTime() - t0;
          }
        }
        return new long[] {firstByte, firstDelta, System.nanoTime() - t0};
      }
    } catch (IOException e) {
      return new long[0];
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private HttpRequest request(URI base, byte[] body) {
    return HttpRequest.newBuilder(base.resolve("/v1/messages"))
        .timeout(Duration.ofSeconds(30))
        .header("content-type", "application/json")
        .header("anthropic-version", "2023-06-01")
        .header("x-api-key", apiKey)
        .header("x-data-class", "CUSTOMER")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }
}
