package onramp.app.system.config;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import onramp.gateway.admin.KeyAdmin;
import onramp.gateway.admin.PolicyStore;
import onramp.gateway.admin.PostgresPolicyStore;
import onramp.gateway.budget.Budgets;
import onramp.gateway.budget.PostgresBudgets;
import onramp.gateway.keys.KeyStore;
import onramp.gateway.keys.PostgresKeyStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The gateway's state in this application's PostgreSQL, one of each for the whole process: virtual
 * keys, budgets, policy changes, and the models with the policy in force. {@code
 * onramp.gateway.policy-refresh} (default 5 s) is how stale another instance's change may be.
 */
@Configuration(proxyBeanMethods = false)
class GatewayStores {

  @Bean
  KeyStore gatewayKeyStore(DataSource dataSource, Clock clock) {
    return PostgresKeyStore.create(dataSource, clock);
  }

  @Bean
  Budgets gatewayBudgets(DataSource dataSource, Clock clock) {
    return PostgresBudgets.create(dataSource, clock);
  }

  @Bean
  PolicyStore gatewayPolicyStore(DataSource dataSource, Clock clock) {
    return PostgresPolicyStore.create(dataSource, clock);
  }

  @Bean
  KeyAdmin gatewayKeyAdmin(KeyStore keys, Budgets budgets, Clock clock) {
    return KeyAdmin.of(keys, budgets, clock);
  }

  /**
   * The configuration is found as the readers find it ({@link ReaderSettings}), with Spring's
   * properties (so also {@code --onramp.gateway.config=...}) in place of system properties.
   */
  @Bean
  GatewayModels gatewayModels(
      Environment environment,
      PolicyStore store,
      Clock clock,
      @Value("${onramp.gateway.policy-refresh:5s}") Duration refresh) {
    ReaderSettings settings =
        ReaderSettings.from(
            name -> Optional.ofNullable(environment.getProperty(name)),
            name -> Optional.ofNullable(System.getenv(name)));
    return GatewayModels.load(settings, store, clock, refresh);
  }
}
