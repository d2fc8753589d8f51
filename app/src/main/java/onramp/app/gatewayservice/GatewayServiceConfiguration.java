package onramp.app.gatewayservice;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import javax.sql.DataSource;
import onramp.app.system.config.GatewayModels;
import onramp.app.system.config.ReaderSettings;
import onramp.gateway.audit.PostgresAuditLog;
import onramp.gateway.budget.Budgets;
import onramp.gateway.config.GatewayConfig;
import onramp.gateway.config.GatewayFactory;
import onramp.gateway.governed.Gateway;
import onramp.gateway.keys.KeyStore;
import onramp.gateway.masking.PatternMasker;
import onramp.gateway.policy.Policy;
import onramp.gateway.service.GatewayService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Mounts the gateway service at {@code /v1/*}: callers authenticate with virtual keys, not with the
 * web app's sign-in, so the path has its own security chain (stateless, no CSRF: no cookie is ever
 * read there).
 */
@Configuration(proxyBeanMethods = false)
class GatewayServiceConfiguration {

  /** The service's gateway, or empty (every call answered 503, saying why) without a vendor. */
  @Bean(destroyMethod = "")
  @Lazy
  ServiceGateway serviceGateway(
      GatewayModels models, ReaderSettings settings, Budgets budgets, DataSource dataSource) {
    return ServiceGateway.from(models, settings, budgets, dataSource);
  }

  @Bean
  @Lazy
  GatewayService gatewayService(
      ServiceGateway gateway,
      KeyStore keys,
      Clock clock,
      @Value("${onramp.gateway.key-cache:5s}") Duration keyCache,
      @Value("${onramp.gateway.max-body-bytes:33554432}") long maxBody) {
    GatewayService service =
        GatewayService.create(gateway.gateway(), keys, clock, keyCache, maxBody);
    return gateway.fake() ? service.passingFakeFailures() : service;
  }

  @Bean
  ServletRegistrationBean<GatewayServlet> gatewayServlet(ObjectProvider<GatewayService> service) {
    ServletRegistrationBean<GatewayServlet> r =
        new ServletRegistrationBean<>(new GatewayServlet(service), "/v1/*");
    r.setName("gateway");
    return r;
  }

  @Bean
  @Order(1)
  SecurityFilterChain gatewayApiSecurity(HttpSecurity http) throws Exception {
    // a path matcher, not an MVC one: /v1/* is its own servlet, not the DispatcherServlet's
    http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/v1/**"))
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(c -> c.disable())
        .securityContext(c -> c.disable());
    return http.build();
  }

  /** The gateway the service calls through, and whether its vendors are all the fake. */
  record ServiceGateway(Gateway gateway, boolean fake) {
    /**
     * The configured vendors and models, enforcing the policy in force ({@link
     * GatewayModels#policy()}: gateway.yaml with the allowlist and exceptions ML review changed).
     */
    static ServiceGateway from(
        GatewayModels models, ReaderSettings settings, Budgets budgets, DataSource dataSource) {
      GatewayConfig config =
          models.config().orElseGet(() -> GatewayConfig.parse("vendors: {}\nmodels: {}\n"));
      Gateway gateway =
          GatewayFactory.create(
              config,
              PatternMasker.standard(),
              budgets,
              PostgresAuditLog.create(dataSource),
              settings.environment(),
              models.policy().map(live -> (Supplier<Policy>) live));
      return new ServiceGateway(
          gateway, GatewayFactory.fakeVendor(settings.environment()).isPresent());
    }
  }
}
