package onramp.app.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock decisions and retention go by (a test replaces it with a fixed one). */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {
  @Bean
  @ConditionalOnMissingBean(Clock.class)
  Clock clock() {
    // Decision and retention dates are the server's local dates.
    return Clock.system(ZoneId.systemDefault());
  }
}
