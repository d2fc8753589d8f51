package onramp.app.gatewayservice;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import onramp.app.system.config.GatewayModels;
import onramp.app.system.config.ModelGateway;
import onramp.app.system.config.ReaderSettings;
import onramp.gateway.budget.Budgets;
import onramp.gateway.keys.KeyStore;
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

  /**
   * The app's gateway (the service and the workspace call through it); without a vendor every call
   * is answered 503, saying why.
   */
  @Bean(destroyMethod = "")
  @Lazy
  ModelGateway modelGateway(
      GatewayModels models,
      ReaderSettings settings,
      Budgets budgets,
      DataSource dataSource,
      Clock clock) {
    return ModelGateway.from(models, settings, budgets, dataSource, clock);
  }

  @Bean
  @Lazy
  GatewayService gatewayService(
      ModelGateway gateway,
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
}
