package onramp.app.gatewayservice;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import onramp.gateway.fake.FakeVendorServer;

/**
 * What the client SDK tests talk to: the gateway service, or (until it exists) the fake vendor
 * directly. Its {@link #environment()} is what {@code clients/lib/target.js} reads.
 *
 * @param settings further {@code ONRAMP_*} variables for the Node tests: {@code ONRAMP_MODEL}, a
 *     gateway model the key may use; {@code ONRAMP_DENIED_MODEL}, one it may not; {@code
 *     ONRAMP_SPENT_KEY}, a key whose budget is spent (see notes/clients.md)
 */
record GatewayUnderTest(
    Target target, URI baseUrl, String key, Map<String, String> settings, Runnable stop)
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

  // ==== LEAD: fill in. Start the gateway service here and return it as Target.GATEWAY. ====
  // What it needs: the fake vendor (FakeVendorServer.start(0)) as every vendor's upstream
  // (ONRAMP_FAKE_VENDOR), the service on a free port over a fresh database, and keys made the way
  // `./onramp keys create` makes them:
  //   key        --models claude-haiku-4-5 (so claude-sonnet-4-5 is refused with 403)
  //   spent key  --budget-usd 0 (optional; the budget case is skipped without ONRAMP_SPENT_KEY)
  // then: new GatewayUnderTest(Target.GATEWAY, serviceBaseUrl, key,
  //     Map.of("ONRAMP_MODEL", "claude-haiku-4-5", "ONRAMP_DENIED_MODEL", "claude-sonnet-4-5",
  //            "ONRAMP_SPENT_KEY", spentKey), () -> { stop the service; fake.close(); });
  // The upstream-failure cases send `x-fake-fail: 429|529`: the gateway must pass that header on
  // to the fake vendor when it is routed to one, or those two cases fail saying so.
  /** Starts what the client tests talk to; today the fake vendor alone. */
  static GatewayUnderTest startGateway() {
    FakeVendorServer fake = FakeVendorServer.start(0).recording(false);
    return new GatewayUnderTest(
        Target.FAKE, fake.baseUri(), "any-key-the-fake-accepts", Map.of(), fake::close);
  }

  // ==== end of the part to fill in ====

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
