package onramp.app.gatewayusage;

import javax.sql.DataSource;
import onramp.gateway.usage.UsageQuery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gateway's usage query on the app's database, where Flyway applies the gateway's tables. */
@Configuration(proxyBeanMethods = false)
class UsageConfiguration {
  @Bean
  UsageQuery usageQuery(DataSource dataSource) {
    return UsageQuery.create(dataSource);
  }
}
