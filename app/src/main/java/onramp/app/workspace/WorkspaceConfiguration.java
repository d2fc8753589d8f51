package onramp.app.workspace;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import onramp.app.system.AuditLog;
import onramp.app.system.config.ModelGateway;
import onramp.app.system.encryption.Envelope;
import onramp.app.system.security.Teams;
import onramp.workspace.AccessTokens;
import onramp.workspace.Conversations;
import onramp.workspace.Employees;
import onramp.workspace.Workspace;
import onramp.workspace.files.FileLimits;
import onramp.workspace.files.FileText;
import onramp.workspace.usage.AuditActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The workspace module wired to the app: its stores on the app's database and envelope encryption,
 * runs through the app's one gateway ({@link ModelGateway}, in process), the API's own security
 * chain for personal access tokens, and the retention sweep as a db-scheduler job.
 */
@Configuration(proxyBeanMethods = false)
class WorkspaceConfiguration implements WebMvcConfigurer {
  private static final Logger log = LoggerFactory.getLogger(WorkspaceConfiguration.class);

  private final Teams teams;

  WorkspaceConfiguration(Teams teams) {
    this.teams = teams;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new CurrentEmployee(teams));
  }

  @Bean
  Employees workspaceEmployees(DataSource dataSource, Clock clock) {
    return new Employees(dataSource, clock);
  }

  @Bean
  AccessTokens workspaceTokens(DataSource dataSource, Clock clock) {
    return new AccessTokens(dataSource, clock);
  }

  /**
   * File text: the app's multipart limit is 10 MB a file, so the workspace reads up to that; pages,
   * characters, expansion and time as the module's defaults.
   */
  @Bean
  FileText workspaceFiles() {
    return FileText.of(FileLimits.defaults().withMaxBytes(10L * 1024 * 1024));
  }

  @Bean
  Conversations workspaceConversations(DataSource dataSource, Envelope envelope) {
    return new Conversations(dataSource, new EnvelopeSealing(envelope));
  }

  /**
   * @param contextTokens what the models read, prompt and answer together (Claude: 200,000)
   */
  @Bean
  Workspace workspace(
      ObjectProvider<ModelGateway> gateway,
      Conversations conversations,
      Employees employees,
      Clock clock,
      @Value("${onramp.workspace.context-tokens:200000}") long contextTokens) {
    return new Workspace(
        () -> {
          ModelGateway g = gateway.getObject();
          return g.configured() ? Optional.of(g.gateway()) : Optional.empty();
        },
        conversations,
        employees,
        clock,
        contextTokens);
  }

  /**
   * API calls with {@code Authorization: Bearer}: a personal access token, no session, no CSRF (no
   * cookie is read); admin paths stay closed to tokens.
   */
  @Bean
  @Order(2)
  SecurityFilterChain workspaceTokenSecurity(HttpSecurity http, AccessTokens tokens)
      throws Exception {
    http.securityMatcher(
            request ->
                request.getRequestURI().startsWith("/api/workspace/")
                    && PersonalTokenFilter.carriesToken(request))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(r -> r.getRequestURI().startsWith("/api/workspace/admin/"))
                    .denyAll()
                    .anyRequest()
                    .authenticated())
        .addFilterBefore(
            new PersonalTokenFilter(tokens), AbstractPreAuthenticatedProcessingFilter.class)
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(c -> c.disable());
    return http.build();
  }

  /** Deletes conversations whose data class's retention ran out, hourly, on one instance. */
  @Bean
  RecurringTask<Void> workspaceRetentionTask(
      ObjectProvider<Conversations> conversations, @Lazy AuditLog audit, Clock clock) {
    return Tasks.recurring("workspace-retention", FixedDelay.ofHours(1))
        .execute(
            (instance, context) -> {
              int deleted = conversations.getObject().deleteExpired(clock.instant());
              if (deleted > 0) {
                audit.append(
                    "system",
                    AuditActions.RETENTION_DELETED,
                    "workspace",
                    Map.of("conversations", deleted));
                log.info("workspace retention: deleted {} conversations", deleted);
              }
            });
  }
}
