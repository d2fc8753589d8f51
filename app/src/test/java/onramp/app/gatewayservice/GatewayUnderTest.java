package onramp.app.gatewayservice;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import onramp.app.system.OnrampApplication;
import onramp.app.system.config.ReaderSettings;
import onramp.gateway.DataClass;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.budget.PostgresBudgets;
import onramp.gateway.fake.FakeVendorServer;
import onramp.gateway.keys.IssuedKey;
import onramp.gateway.keys.KeyGrant;
import onramp.gateway.keys.PostgresKeyStore;
import onramp.testkit.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the client SDK tests talk to: the gateway service, or (until it exists) the fake vendor
 * directly. Its {@link #environment()} is what {@code clients/lib/target.js} reads.
 *
 * @param settings further {@code ONRAMP_*} variables for the Node tests: {@code ONRAMP_MODEL}, a
 *     gateway model the key may use; {@code ONRAMP_DENIED_MODEL}, one it may not; {@code
 *     ONRAMP_SPENT_KEY}, a key whose budget is spent (see notes/clients.md)
 */
record GatewayUnderTest(
    Target target,
    URI baseUrl,
    String key,
    Map<String, String> settings,
    Runnable stop,
    Optional<ConfigurableApplicationContext> app)
    implements AutoCloseable {

  /** {@code ONRAMP_TARGET}: against the fake the gateway-only cases are skipped, saying why. */
  enum Target {
    FAKE,
    GATEWAY
  }

  static final String DEFAULT_MODEL = "claude-haiku-4-5";

  GatewayUnderTest {
    settings = Map.copyOf(settings);
  }

  /**
   * Starts {@code ./onramp serve} as a newcomer runs it against the fake vendor: {@code
   * -Donramp.fake-vendor} (as {@code ONRAMP_FAKE_VENDOR}) routes the built-in configuration's
   * models to a fake vendor on a free port, the app runs on a fresh database, and two keys are made
   * the way {@code ./onramp keys create} makes them: one for {@code claude-haiku-4-5} only, and one
   * whose own budget is $0.
   */
  static GatewayUnderTest startGateway() {
    FakeVendorServer fake = FakeVendorServer.start(0).recording(false);
    try {
      TestDatabase db = TestDatabase.create();
      Path dataDir = Files.createTempDirectory("onramp-gateway-it");
      System.setProperty(ReaderSettings.FAKE_VENDOR_PROPERTY, fake.baseUri().toString());
      ConfigurableApplicationContext app = OnrampApplication.start(0, dataDir, db.springArgs());
      DataSource data = app.getBean(DataSource.class);
      PostgresKeyStore keys = PostgresKeyStore.create(data, Clock.systemUTC());
      PostgresBudgets budgets = PostgresBudgets.create(data, Clock.systemUTC());
      IssuedKey key =
          keys.issue(
              new KeyGrant(
                  "support",
                  "workspace",
                  Optional.of("sam.tester"),
                  Set.of(DEFAULT_MODEL),
                  DataClass.CUSTOMER,
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty()));
      IssuedKey spent =
          keys.issue(
              new KeyGrant(
                  "support",
                  "workspace",
                  Optional.empty(),
                  Set.of(),
                  DataClass.INTERNAL,
                  Optional.of(BigDecimal.ZERO),
                  Optional.empty(),
                  Optional.empty()));
      budgets.setLimit(BudgetKey.key(spent.key().id().toString()), BigDecimal.ZERO);
      URI base = URI.create("http://127.0.0.1:" + OnrampApplication.port(app));
      return new GatewayUnderTest(
          Target.GATEWAY,
          base,
          key.secret(),
          Map.of(
              "ONRAMP_MODEL",
              DEFAULT_MODEL,
              "ONRAMP_DENIED_MODEL",
              "claude-sonnet-4-5",
              "ONRAMP_SPENT_KEY",
              spent.secret()),
          () -> {
            app.close();
            fake.close();
            System.clearProperty(ReaderSettings.FAKE_VENDOR_PROPERTY);
            try {
              db.close();
            } catch (java.sql.SQLException e) {
              throw new IllegalStateException(e);
            }
          },
          Optional.of(app));
    } catch (java.sql.SQLException | java.io.IOException e) {
      fake.close();
      throw new IllegalStateException(
          "could not start the gateway under test: " + e.getMessage(), e);
    }
  }

  String model() {
    return settings.getOrDefault("ONRAMP_MODEL", DEFAULT_MODEL);
  }

  /** {@code ONRAMP_BASE_URL}, {@code ONRAMP_KEY}, {@code ONRAMP_TARGET} and the settings. */
  Map<String, String> environment() {
    Map<String, String> env = new HashMap<>(settings);
    env.put("ONRAMP_BASE_URL", baseUrl.toString());
    env.put("ONRAMP_KEY", key);
    env.put("ONRAMP_TARGET", target.name().toLowerCase(Locale.ROOT));
    return Map.copyOf(env);
  }

  @Override
  public void close() {
    stop.run();
  }
}
