package onramp.gateway.adapter.openai;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import onramp.gateway.ModelAdapter;
import onramp.gateway.ModelRequest;
import onramp.gateway.ModelResponse;
import onramp.gateway.RetryAfter;
import onramp.gateway.Vendor;
import onramp.gateway.VendorException;

/** {@code POST {baseUrl}/chat/completions}. No retries here: the gateway retries. */
public final class OpenAiCompatibleAdapter implements ModelAdapter {
  private final OpenAiSettings settings;
  private final URI endpoint;
  private final HttpClient http;

  private OpenAiCompatibleAdapter(OpenAiSettings settings) {
    this.settings = settings;
    String base = settings.baseUrl().toString();
    this.endpoint = URI.create((base.endsWith("/") ? base : base + "/") + "chat/completions");
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.timeout())
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  public static OpenAiCompatibleAdapter of(OpenAiSettings settings) {
    return new OpenAiCompatibleAdapter(settings);
  }

  @Override
  public Vendor vendor() {
    return settings.vendor();
  }

  @Override
  public ModelResponse doCall(ModelRequest request) {
    Vendor vendor = settings.vendor();
    HttpRequest httpRequest = post(OpenAiWire.body(request).toString());
    long start = System.nanoTime();
    HttpResponse<String> response = send(httpRequest, HttpResponse.BodyHandlers.ofString());
    Duration latency = Duration.ofNanos(System.nanoTime() - start);
    if (response.statusCode() >= 300) {
      throw VendorException.fromStatus(
          vendor,
          response.statusCode(),
          RetryAfter.parse(
              response.headers().firstValue("retry-after"),
              response.headers().firstValue("retry-after-ms")),
          OpenAiWire.errorMessage(response.body()));
    }
    try {
      JsonNode body = OpenAiWire.JSON.readTree(response.body());
      return OpenAiWire.response(
          body,
          request.output().isPresent(),
          response.headers().firstValue("x-request-id").orElse(""),
          latency);
    } catch (IOException | IllegalArgumentException e) {
      throw VendorException.malformed(vendor, "not a chat completion", e);
    }
  }

  @Override
  public void doStream(
      ModelRequest request, java.util.function.Consumer<onramp.gateway.Delta> sink) {
    Vendor vendor = settings.vendor();
    com.fasterxml.jackson.databind.node.ObjectNode body = OpenAiWire.body(request);
    body.put("stream", true);
    body.putObject("stream_options").put("include_usage", true);
    long start = System.nanoTime();
    HttpResponse<java.util.stream.Stream<String>> response =
        send(post(body.toString()), HttpResponse.BodyHandlers.ofLines());
    try (java.util.stream.Stream<String> lines = response.body()) {
      if (response.statusCode() >= 300) {
        throw VendorException.fromStatus(
            vendor,
            response.statusCode(),
            RetryAfter.parse(
                response.headers().firstValue("retry-after"),
                response.headers().firstValue("retry-after-ms")),
            OpenAiWire.errorMessage(String.join("\n", lines.toList())));
      }
      OpenAiStream.read(
          lines.iterator(),
          request,
          response.headers().firstValue("x-request-id").orElse(""),
          start,
          sink);
    } catch (IOException | IllegalArgumentException e) {
      throw VendorException.malformed(vendor, "not a chat-completions stream", e);
    } catch (java.io.UncheckedIOException e) {
      IOException cause = Objects.requireNonNull(e.getCause());
      throw cause instanceof HttpTimeoutException t
          ? VendorException.timeout(vendor, settings.timeout(), t)
          : VendorException.network(vendor, cause);
    }
  }

  private HttpRequest post(String json) {
    return HttpRequest.newBuilder(endpoint)
        .timeout(settings.timeout())
        .header("content-type", "application/json")
        .header("authorization", "Bearer " + settings.apiKey())
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  @Override
  public void close() {
    http.close();
  }

  /** Sends one request; transport failures become the gateway's vendor errors, in one place. */
  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request, handler);
    } catch (HttpTimeoutException e) {
      throw VendorException.timeout(vendor(), settings.timeout(), e);
    } catch (IOException e) {
      throw VendorException.network(vendor(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw VendorException.network(vendor(), e);
    }
  }
}
