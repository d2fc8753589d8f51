package onramp.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import onramp.gateway.fake.FailOnDemand;
import onramp.gateway.fake.FakeVendorServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./onramp fake-vendor [--port N] [--record DIR]}: the tests' fake model vendor, for anyone
 * to run. It is not a model: it echoes the last user text, so masking and its restore can be seen
 * end to end, and reports usage the way the vendor does.
 */
@Command(
    name = "fake-vendor",
    mixinStandardHelpOptions = true,
    description = {
      "Run the FAKE model vendor on loopback (not a model: it answers 'Echo: <last user text>').",
      "Speaks the Anthropic Messages API (/v1/messages), the Bedrock runtime"
          + " (/model/{id}/invoke, /invoke-with-response-stream) and OpenAI chat completions"
          + " (/v1/chat/completions), streaming too, with usage as the vendor reports it.",
      "Fails on demand: header '"
          + FailOnDemand.HEADER
          + ": 429|529|<status>|timeout|slow|malformed' for one request, or POST that word to "
          + FailOnDemand.CONTROL_PATH
          + " for the next one."
    })
public final class FakeVendorCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8089",
      description = "Loopback port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--record",
      paramLabel = "DIR",
      description =
          "Write each request received to DIR, one JSON file each (credentials redacted).")
  Optional<Path> record = Optional.empty();

  @Spec CommandSpec spec;

  private final CountDownLatch stopped;

  public FakeVendorCommand() {
    this(new CountDownLatch(1));
  }

  /** {@code stopped} ends the command when counted down (tests); otherwise it runs until killed. */
  FakeVendorCommand(CountDownLatch stopped) {
    this.stopped = stopped;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (port < 0 || port > 65_535) {
      spec.commandLine().getErr().println("--port must be between 0 and 65535, not " + port);
      return 2;
    }
    FakeVendorServer fake;
    try {
      fake = FakeVendorServer.start(port);
    } catch (java.io.UncheckedIOException e) {
      spec.commandLine()
          .getErr()
          .println("cannot listen on 127.0.0.1:" + port + " (is it taken?): " + e.getMessage());
      return 1;
    }
    try (fake) {
      record.ifPresent(fake::recordTo);
      out.println("FAKE vendor (not a model) listening on " + fake.baseUri());
      out.println("  Anthropic:  ANTHROPIC_BASE_URL=" + fake.baseUri() + "  (any API key)");
      out.println("  OpenAI:     OPENAI_BASE_URL=" + fake.baseUri() + "/v1");
      out.println("  Bedrock:    endpoint " + fake.baseUri() + " in gateway.yaml");
      record.ifPresent(d -> out.println("  recording every request to " + d.toAbsolutePath()));
      out.println("Ctrl-C stops it.");
      out.flush();
      stopped.await();
    }
    return 0;
  }
}
