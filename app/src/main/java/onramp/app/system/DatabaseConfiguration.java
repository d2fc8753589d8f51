package onramp.app.system;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Chooses the database: an external PostgreSQL when {@code spring.datasource.url} (or {@code
 * ONRAMP_DATABASE_URL}) is set, else the embedded one, started before the DataSource (which Spring
 * Boot builds from the {@link JdbcConnectionDetails} here) and stopped after it.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {
  static final String URL_PROPERTY = "spring.datasource.url";

  @Bean
  DataDirectory dataDirectory(@Value("${onramp.data-dir}") String dataDir) {
    return DataDirectory.of(Path.of(dataDir)).create();
  }

  @Configuration(proxyBeanMethods = false)
  @Conditional(NoDatabaseUrl.class)
  static class Embedded {
    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(DataDirectory data) {
      return EmbeddedPostgresServer.start(data);
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgresServer server) {
      return new JdbcConnectionDetails() {
        @Override
        public String getUsername() {
          return EmbeddedPostgresServer.USER;
        }

        @Override
        public String getPassword() {
          return ""; // the embedded server trusts local connections
        }

        @Override
        public String getJdbcUrl() {
          return server.jdbcUrl();
        }
      };
    }

    @Bean
    DatabaseSetup embeddedDatabaseSetup(EmbeddedPostgresServer server) {
      return new DatabaseSetup.Embedded(server.dataDirectory());
    }
  }

  @Configuration(proxyBeanMethods = false)
  @Conditional(DatabaseUrl.class)
  static class External {
    @Bean
    DatabaseSetup externalDatabaseSetup(@Value("${" + URL_PROPERTY + "}") String url) {
      return new DatabaseSetup.External(url);
    }
  }

  static final class DatabaseUrl implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return StringUtils.hasText(context.getEnvironment().getProperty(URL_PROPERTY));
    }
  }

  static final class NoDatabaseUrl implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !new DatabaseUrl().matches(context, metadata);
    }
  }
}
