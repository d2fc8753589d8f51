package onramp.app.cli.bench;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import onramp.app.system.OnrampApplication;
import onramp.app.system.config.ReaderSettings;
import onramp.gateway.admin.KeyAdmin;
import onramp.gateway.fake.FakeVendorServer;
import onramp.gateway.keys.KeyGrant;
import onramp.workspace.AccessTokens;
import onramp.workspace.Employee;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Time to first streamed token, side by side in one run on one app (embedded PostgreSQL in a
 * temporary folder, the fake vendor on loopback): a workspace run over its API (what the page does:
 * authentication, conversation and run written, sealed, the gateway call, the first delta event),
 * the same prompt through the gateway service ({@code /v1/messages}, streamed), and the fake vendor
 * called directly. The workspace's own cost is the difference to the gateway.
 */
public final class WorkspaceTtftBenchmark {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String MODEL = "claude-haiku-4-5";
  private static final String PROMPT =
      "Summarise for the depot team: the van fleet check found two worn tyres and one broken"
          + " mirror; all vans are back in service by Friday.";

  private WorkspaceTtftBenchmark() {}

  /** Runs {@code count} rounds of the three calls (after warming up) and returns the report. */
  public static String run(int count) {
    Path dir;
    try {
      dir = Files.createTempDirectory("onramp-bench-ttft-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary data folder", e);
    }
    try (FakeVendorServer fake = FakeVendorServer.start(0)) {
      System.setProperty(ReaderSettings.FAKE_VENDOR_PROPERTY, fake.baseUri().toString());
      ConfigurableApplicationContext app = OnrampApplication.start(0, dir);
      try {
        String base = "http://localhost:" + OnrampApplication.port(app);
        String token =
            app.getBean(AccessTokens.class)
                .issue(new Employee("bench", "support", false), "bench", Optional.empty())
                .secret();
        String key =
            app.getBean(KeyAdmin.class).issue(KeyGrant.of("support", "workspace")).secret();
        List<Long> workspace = new ArrayList<>();
        List<Long> gateway = new ArrayList<>();
        List<Long> direct = new ArrayList<>();
        int warmUp = Math.max(5, count / 5);
        for (int i = 0; i < warmUp + count; i++) {
          long w = workspaceRun(base, token);
          long g = gatewayCall(base, key);
          long d = directCall(fake.baseUri().toString());
          if (i >= warmUp) {
            workspace.add(w);
            gateway.add(g);
            direct.add(d);
          }
        }
        List<Long> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          added.add(workspace.get(i) - gateway.get(i));
        }
        return report(count, workspace, gateway, direct, added);
      } finally {
        app.close();
        System.clearProperty(ReaderSettings.FAKE_VENDOR_PROPERTY);
      }
    } finally {
      delete(dir);
    }
  }

  private static long workspaceRun(String base, String token) {
    String body =
        "{\"text\":\""
            + PROMPT
            + "\",\"dataClass\":\"INTERNAL\",\"model\":\""
            + MODEL
            + "\",\"maxTokens\":256}";
    return firstToken(
        HttpRequest.newBuilder(URI.create(base + "/api/workspace/runs"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "text/event-stream")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        "event: delta");
  }

  private static long gatewayCall(String base, String key) {
    return firstToken(
        messages(URI.create(base + "/v1/messages"), key), "event: content_block_delta");
  }

  private static long directCall(String fake) {
    return firstToken(
        messages(URI.create(fake.replaceAll("/$", "") + "/v1/messages"), "fake"),
        "event: content_block_delta");
  }

  private static HttpRequest messages(URI uri, String key) {
    String body =
        "{\"model\":\""
            + MODEL
            + "\",\"max_tokens\":256,\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\""
            + PROMPT
            + "\"}]}";
    return HttpRequest.newBuilder(uri)
        .header("x-api-key", key)
        .header("anthropic-version", "2023-06-01")
        .header("X-Data-Class", "INTERNAL")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** Microseconds from sending to the first line {@code marker}; the rest is read and dropped. */
  private static long firstToken(HttpRequest request, String marker) {
    long start = System.nanoTime();
    long first = -1;
    String last = "";
    try {
      HttpResponse<InputStream> response =
          HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (BufferedReader lines =
          new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
        if (response.statusCode() != 200) {
          throw new IllegalStateException(
              request.uri() + " answered " + response.statusCode() + ": " + lines.readLine());
        }
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (first < 0 && line.startsWith(marker)) {
            first = (System.nanoTime() - start) / 1_000;
          }
          if (!line.isBlank()) {
            last = line;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("benchmark call to " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    if (first < 0) {
      throw new IllegalStateException(request.uri() + " streamed no text; it ended with: " + last);
    }
    return first;
  }

  private static String report(
      int count, List<Long> workspace, List<Long> gateway, List<Long> direct, List<Long> added) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Workspace time to first streamed token (%d rounds, each: workspace API, gateway"
                + " /v1/messages, fake vendor direct; one app, embedded PostgreSQL, fake vendor on"
                + " loopback):%n",
            count));
    out.append(
        String.format(Locale.ROOT, "  %-34s %9s %9s %9s%n", "", "p50 ms", "p95 ms", "max ms"));
    line(out, "fake vendor, direct", direct);
    line(out, "gateway service (/v1/messages)", gateway);
    line(out, "workspace API (SSE)", workspace);
    line(out, "added by the workspace (per round)", added);
    out.append(
        String.format(
            Locale.ROOT,
            "  goal: added at p50 <= 50 ms: %s%n",
            percentile(added, 50) <= 50_000 ? "met" : "NOT met"));
    return out.toString();
  }

  private static void line(StringBuilder out, String name, List<Long> micros) {
    out.append(
        String.format(
            Locale.ROOT,
            "  %-34s %9.2f %9.2f %9.2f%n",
            name,
            percentile(micros, 50) / 1000.0,
            percentile(micros, 95) / 1000.0,
            micros.stream().mapToLong(Long::longValue).max().orElse(0) / 1000.0));
  }

  private static long percentile(List<Long> values, int p) {
    List<Long> sorted = values.stream().sorted().toList();
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is not worth failing the report for
    }
  }
}
