package onramp.app.system.config;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import onramp.gateway.GatewayConfigException;
import onramp.gateway.admin.LivePolicy;
import onramp.gateway.admin.PolicyStore;
import onramp.gateway.config.GatewayConfig;
import onramp.gateway.config.GatewayFactory;

/**
 * The gateway's models as this process runs them: the configuration named by {@code
 * ONRAMP_GATEWAY_CONFIG} (see {@link ReaderSettings}) and the policy in force, which is that
 * configuration's with the changes ML review made at run time ({@link LivePolicy}). Hand {@link
 * #policy()} to the gateway, so a change made on the admin page is in force at once in this
 * process, and within the refresh interval in the others. Without a configuration there are no
 * models, and {@link #unavailable()} says why.
 */
public final class GatewayModels {
  private final Optional<GatewayConfig> config;
  private final Optional<LivePolicy> policy;
  private final String unavailable;

  private GatewayModels(
      Optional<GatewayConfig> config, Optional<LivePolicy> policy, String unavailable) {
    this.config = config;
    this.policy = policy;
    this.unavailable = unavailable;
  }

  /**
   * @param refresh how often the policy changes are read again from the store
   */
  public static GatewayModels load(
      ReaderSettings settings, PolicyStore store, Clock clock, Duration refresh) {
    Optional<Path> yaml = settings.gatewayYaml();
    if (yaml.isEmpty()) {
      return none(
          "No models are configured: this Onramp runs without a gateway configuration. Set "
              + ReaderSettings.CONFIG_ENV
              + " to a gateway.yaml (docs/gateway.md) to list models, switch them on the"
              + " allowlist and grant exceptions.");
    }
    try {
      GatewayConfig config = GatewayConfig.load(yaml.get());
      LivePolicy live = LivePolicy.of(GatewayFactory.policy(config), store, clock, refresh);
      return new GatewayModels(Optional.of(config), Optional.of(live), "");
    } catch (GatewayConfigException e) {
      return none(
          "No models are available: the gateway configuration "
              + yaml.get()
              + " cannot be used ("
              + e.getMessage()
              + ").");
    }
  }

  /** No gateway configured; {@code why} says so and how to configure one. */
  public static GatewayModels none(String why) {
    return new GatewayModels(Optional.empty(), Optional.empty(), why);
  }

  /** The parsed {@code gateway.yaml}, when one is configured and usable. */
  public Optional<GatewayConfig> config() {
    return config;
  }

  /** The policy in force, when a gateway is configured. */
  public Optional<LivePolicy> policy() {
    return policy;
  }

  /** Why there are no models (empty when there are). */
  public String unavailable() {
    return unavailable;
  }
}
