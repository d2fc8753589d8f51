package onramp.app.workspace.templates;

import java.time.Clock;
import javax.sql.DataSource;
import onramp.workspace.templates.ShippedTemplates;
import onramp.workspace.templates.TemplateStore;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The template store on the app's database, with the shipped templates seeded when it is made
 * (after Flyway has migrated; idempotent, and safe when several instances start at once).
 */
@Configuration(proxyBeanMethods = false)
class TemplatesConfiguration {

  @Bean
  @DependsOnDatabaseInitialization
  TemplateStore templateStore(DataSource dataSource, Clock clock) {
    TemplateStore store = new TemplateStore(dataSource, clock);
    ShippedTemplates.seed(store);
    return store;
  }
}
