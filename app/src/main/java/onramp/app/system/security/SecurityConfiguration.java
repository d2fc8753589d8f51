package onramp.app.system.security;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Applicant pages need the applicant role (given at sign-up or by the resume link); the back office
 * and dashboard need reviewer or admin; the gateway's administration ({@code /admin/gateway},
 * {@code /api/gateway}) needs admin or ML review; the workspace ({@code /workspace}, {@code
 * /api/workspace}) any signed-in employee, its administration admin. Local form login works with
 * the local users, except in the production mode when OIDC is configured; OIDC login is added when
 * {@code spring.security.oauth2.client.registration.*} is configured. CSRF is on everywhere except
 * the read-only {@code /api/status}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

  @Bean
  SecurityFilterChain onrampSecurity(
      HttpSecurity http,
      ObjectProvider<ClientRegistrationRepository> oidc,
      SecurityProperties properties,
      OnrampMode mode)
      throws Exception {
    boolean oidcConfigured = oidc.getIfAvailable() != null;
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers("/application", "/application/**")
                    .hasRole(Roles.APPLICANT)
                    .requestMatchers("/review", "/review/**", "/ops", "/ops/**")
                    .hasAnyRole(Roles.REVIEWER, Roles.ADMIN)
                    .requestMatchers("/admin/gateway", "/admin/gateway/**", "/api/gateway/**")
                    .hasAnyRole(Roles.ADMIN, Roles.ML_REVIEW)
                    .requestMatchers("/dx", "/dx/**", "/api/dx/**", "/report", "/report/**")
                    .hasAnyRole(Roles.EXEC, Roles.ADMIN)
                    .requestMatchers("/admin", "/admin/**")
                    .hasRole(Roles.ADMIN)
                    .requestMatchers(
                        "/workspace/admin", "/workspace/admin/**", "/api/workspace/admin/**")
                    .hasRole(Roles.ADMIN)
                    .requestMatchers("/workspace", "/workspace/**", "/api/workspace/**")
                    .authenticated()
                    .anyRequest()
                    .permitAll())
        .csrf(c -> c.ignoringRequestMatchers("/api/status"))
        // A script calling the API without a session gets 401, not the sign-in page.
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(
                    new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                    request -> request.getRequestURI().startsWith("/api/")))
        .logout(l -> l.logoutSuccessUrl("/"))
        .headers(
            h ->
                h.contentSecurityPolicy(
                    csp ->
                        csp.policyDirectives(
                            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
    if (!(mode.production() && oidcConfigured)) {
      http.formLogin(f -> f.loginPage("/login").successHandler(new LandingPage()).permitAll());
    }
    if (oidcConfigured) {
      http.oauth2Login(
          o ->
              o.loginPage("/login")
                  .successHandler(new LandingPage())
                  .userInfoEndpoint(
                      u -> u.userAuthoritiesMapper(groupsToRoles(properties.oidc()))));
    }
    return http.build();
  }

  @Bean
  UserDetailsService localUsers(
      SecurityProperties properties,
      OnrampMode mode,
      @Value("${onramp.data-dir:./data}") String dataDir) {
    return LocalUsers.from(properties, mode, Path.of(dataDir));
  }

  @Bean
  OnrampMode onrampMode(@Value("${onramp.mode:local}") String mode) {
    return OnrampMode.parse(mode);
  }

  /** In production the session cookie is always {@code Secure}, even if a proxy hides https. */
  @Bean
  ServletContextInitializer secureSessionCookie(OnrampMode mode) {
    return context -> {
      if (mode.production()) {
        context.getSessionCookieConfig().setSecure(true);
      }
    };
  }

  static GrantedAuthoritiesMapper groupsToRoles(SecurityProperties.Oidc oidc) {
    return authorities -> {
      Set<GrantedAuthority> mapped = new HashSet<>();
      for (GrantedAuthority a : authorities) {
        if (a instanceof OidcUserAuthority user
            && user.getIdToken().getClaim(oidc.groupsClaim()) instanceof Collection<?> groups) {
          if (groups.contains(oidc.reviewerGroup())) {
            mapped.add(new SimpleGrantedAuthority("ROLE_" + Roles.REVIEWER));
          }
          if (groups.contains(oidc.adminGroup())) {
            mapped.add(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN));
          }
          if (groups.contains(oidc.mlReviewGroup())) {
            mapped.add(new SimpleGrantedAuthority("ROLE_" + Roles.ML_REVIEW));
          }
          if (groups.contains(oidc.execGroup())) {
            mapped.add(new SimpleGrantedAuthority("ROLE_" + Roles.EXEC));
          }
        }
      }
      return List.copyOf(mapped);
    };
  }
}
