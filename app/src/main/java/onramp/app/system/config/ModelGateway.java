package onramp.app.system.config;

import java.util.function.Supplier;
import javax.sql.DataSource;
import onramp.gateway.audit.PostgresAuditLog;
import onramp.gateway.budget.Budgets;
import onramp.gateway.config.GatewayConfig;
import onramp.gateway.config.GatewayFactory;
import onramp.gateway.governed.Gateway;
import onramp.gateway.masking.PatternMasker;
import onramp.gateway.policy.Policy;

/**
 * The web app's one in-process gateway: the gateway service at {@code /v1/*} and the workspace call
 * models through it, governed by the policy in force, budgets and audit in PostgreSQL.
 *
 * @param configured whether any vendor and model is configured (false: every call is refused,
 *     saying why)
 * @param fake whether its vendors are all the fake vendor (development)
 */
public record ModelGateway(Gateway gateway, boolean configured, boolean fake) {
  /**
   * The configured vendors and models, enforcing the policy in force ({@link
   * GatewayModels#policy()}: gateway.yaml with the allowlist and exceptions ML review changed).
   */
  public static ModelGateway from(
      GatewayModels models, ReaderSettings settings, Budgets budgets, DataSource dataSource) {
    return from(models, settings, budgets, dataSource, java.time.Clock.systemUTC());
  }

  /** The same, with the clock the audit and the breakers go by (the application's clock). */
  public static ModelGateway from(
      GatewayModels models,
      ReaderSettings settings,
      Budgets budgets,
      DataSource dataSource,
      java.time.Clock clock) {
    GatewayConfig config =
        models.config().orElseGet(() -> GatewayConfig.parse("vendors: {}\nmodels: {}\n"));
    Gateway gateway =
        GatewayFactory.create(
            config,
            PatternMasker.standard(),
            budgets,
            PostgresAuditLog.create(dataSource),
            settings.environment(),
            models.policy().map(live -> (Supplier<Policy>) live),
            clock);
    return new ModelGateway(
        gateway,
        models.config().isPresent(),
        GatewayFactory.fakeVendor(settings.environment()).isPresent());
  }
}
