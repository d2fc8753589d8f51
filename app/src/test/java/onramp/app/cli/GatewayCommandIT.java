package onramp.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import onramp.app.system.config.ReaderSettings;
import onramp.gateway.fake.FakeVendorServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ./onramp gateway} as a newcomer runs it: the fake vendor named, an embedded database in
 * the data folder; it listens, says where, refuses a call without a key in Anthropic's shape, and
 * stops cleanly.
 */
class GatewayCommandIT {
  @TempDir Path data;

  @Test
  void listensSaysWhereAndAnswersInAnthropicsShape() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CountDownLatch stop = new CountDownLatch(1);
    try (FakeVendorServer fake = FakeVendorServer.start(0)) {
      System.setProperty(ReaderSettings.FAKE_VENDOR_PROPERTY, fake.baseUri().toString());
      CommandLine cli = new CommandLine(new GatewayCommand(stop));
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      CompletableFuture<Integer> exit =
          CompletableFuture.supplyAsync(
              () -> cli.execute("--port", "0", "--data-dir", data.toString()));
      try {
        Matcher port = waitFor(out, Pattern.compile("listening on http://127.0.0.1:(\\d+)"));
        assertThat(out.toString()).contains("FAKE vendor", "claude-haiku-4-5");

        HttpResponse<String> noKey =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port.group(1) + "/v1/messages"))
                        .header("content-type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(noKey.body()).contains("\"type\":\"error\"", "authentication_error");
      } finally {
        stop.countDown();
        System.clearProperty(ReaderSettings.FAKE_VENDOR_PROPERTY);
      }
      assertThat(exit.get(60, TimeUnit.SECONDS)).as(err.toString()).isZero();
    }
  }

  private static Matcher waitFor(StringWriter out, Pattern pattern) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m = pattern.matcher(out.toString());
      if (m.find()) {
        return m;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the gateway never said it was listening: " + out);
  }
}
