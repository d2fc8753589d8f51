package onramp.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import onramp.app.system.CommandDatabase;
import onramp.app.system.config.GatewayModels;
import onramp.app.system.config.ModelGateway;
import onramp.app.system.config.ReaderSettings;
import onramp.gateway.admin.PostgresPolicyStore;
import onramp.gateway.budget.PostgresBudgets;
import onramp.gateway.config.GatewayFactory;
import onramp.gateway.governed.Gateway;
import onramp.gateway.keys.PostgresKeyStore;
import onramp.gateway.service.GatewayServer;
import onramp.gateway.service.GatewayService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./onramp gateway [--port N] [--data-dir DIR]}: the gateway service alone, stateless, on
 * the database {@code serve} uses (keys, budgets and audit there), so several instances behind a
 * load balancer share one PostgreSQL.
 */
@Command(
    name = "gateway",
    mixinStandardHelpOptions = true,
    description = {
      "Run the model gateway alone as an HTTP service: /v1/messages (Anthropic Messages API,"
          + " streaming), /v1/messages/count_tokens, /v1/models, /v1/chat/completions"
          + " (OpenAI-compatible), authenticated by virtual keys (./onramp keys create).",
      "Vendors from ONRAMP_GATEWAY_CONFIG; ONRAMP_FAKE_VENDOR=http://127.0.0.1:N routes every"
          + " model of the built-in configuration to a fake vendor (development only)."
    })
public final class GatewayCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8088",
      description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for all).")
  String bind = "127.0.0.1";

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Data folder of the embedded database (default $ONRAMP_DATA_DIR or ./data).")
  Optional<Path> dataDir = Optional.empty();

  @Spec CommandSpec spec;

  private final CountDownLatch stopped;

  public GatewayCommand() {
    this(new CountDownLatch(1));
  }

  GatewayCommand(CountDownLatch stopped) {
    this.stopped = stopped;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) {
      err.println("--port must be between 0 and 65535, not " + port);
      return 2;
    }
    ReaderSettings settings = ReaderSettings.fromSystem();
    Optional<Path> yaml = settings.gatewayYaml();
    if (yaml.isEmpty()) {
      err.println(
          "no vendor configured: set ONRAMP_GATEWAY_CONFIG to a gateway.yaml, or"
              + " ONRAMP_FAKE_VENDOR=http://127.0.0.1:8089 to try it against ./onramp fake-vendor");
      return 2;
    }
    Path data =
        dataDir.orElseGet(
            () -> Path.of(Optional.ofNullable(System.getenv("ONRAMP_DATA_DIR")).orElse("data")));
    Clock clock = Clock.systemUTC();
    try (CommandDatabase db =
        CommandDatabase.open(data, n -> Optional.ofNullable(System.getenv(n)))) {
      // the same assembly as serve's /v1: the policy in force, budgets and audit in PostgreSQL
      GatewayModels models =
          GatewayModels.load(
              settings,
              PostgresPolicyStore.create(db.dataSource(), clock),
              clock,
              Duration.ofSeconds(5));
      if (models.config().isEmpty()) {
        err.println(models.unavailable());
        return 2;
      }
      try (Gateway gateway =
          ModelGateway.from(
                  models, settings, PostgresBudgets.create(db.dataSource(), clock), db.dataSource())
              .gateway()) {
        GatewayService service =
            GatewayService.create(
                gateway,
                PostgresKeyStore.create(db.dataSource(), clock),
                clock,
                Duration.ofSeconds(5),
                GatewayService.DEFAULT_MAX_BODY_BYTES);
        boolean fake = GatewayFactory.fakeVendor(settings.environment()).isPresent();
        if (fake) {
          service.passingFakeFailures();
        }
        try (GatewayServer server =
            GatewayServer.start(service, java.net.InetAddress.getByName(bind), port)) {
          out.println("Onramp gateway listening on http://" + bind + ":" + server.port());
          out.println("  ANTHROPIC_BASE_URL=http://" + bind + ":" + server.port());
          out.println("  OPENAI_BASE_URL=http://" + bind + ":" + server.port() + "/v1");
          out.println(
              "  models: " + gateway.policy().routes().stream().map(r -> r.model()).toList());
          if (fake) {
            out.println(
                "  every model is served by the FAKE vendor (answers are echoes, not a model)");
          }
          out.println("Ctrl-C stops it.");
          out.flush();
          stopped.await();
        }
      }
    }
    return 0;
  }
}
