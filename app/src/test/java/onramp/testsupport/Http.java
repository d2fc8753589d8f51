package onramp.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import onramp.app.system.OnrampApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Real HTTP against a running Onramp: what a browser or a script would send. */
public record Http(int port) {
  private static final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper json = new ObjectMapper();

  public static Http to(ConfigurableApplicationContext context) {
    return new Http(OnrampApplication.port(context));
  }

  public HttpResponse<String> get(String path, String accept)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", accept)
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> page(String path) throws IOException, InterruptedException {
    return get(path, "text/html,application/xhtml+xml,*/*;q=0.8");
  }

  public JsonNode json(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path, "application/json");
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "GET " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return json.readTree(response.body());
  }

  public static JsonNode parse(String body) throws IOException {
    return json.readTree(body);
  }
}
