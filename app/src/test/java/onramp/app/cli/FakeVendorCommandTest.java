package onramp.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import onramp.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FakeVendorCommandTest {

  @Test
  void servesTheAnthropicWireAndRecordsWhatItReceives(@TempDir Path dir) throws Exception {
    StringWriter out = new StringWriter();
    CountDownLatch stop = new CountDownLatch(1);
    CommandLine cli = new CommandLine(new FakeVendorCommand(stop));
    cli.setOut(new PrintWriter(out, true));
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(() -> cli.execute("--port", "0", "--record", dir.toString()));
    URI base = baseUriFrom(out);

    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.resolve("/v1/messages"))
                    .header("x-api-key", "anything")
                    .header("anthropic-version", "2023-06-01")
                    .header("content-type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"model\":\"m\",\"max_tokens\":9,"
                                + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    stop.countDown();

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("Echo: hi");
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
    assertThat(out.toString()).contains("FAKE vendor (not a model)");
    try (var files = Files.list(dir)) {
      assertThat(files).hasSize(1);
    }
  }

  @Test
  void refusesAPortOutOfRange() {
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));

    int exit = cli.execute("fake-vendor", "--port", "70000");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--port must be between 0 and 65535");
  }

  private static URI baseUriFrom(StringWriter out) throws InterruptedException {
    Pattern p = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m = p.matcher(out.toString());
      if (m.find()) {
        return URI.create(m.group(1));
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the fake vendor did not say where it listens: " + out);
  }
}
