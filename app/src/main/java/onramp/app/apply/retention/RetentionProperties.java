package onramp.app.apply.retention;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onramp.retention.*}: how long a rejected application and an abandoned sign-up (documents
 * never submitted) are kept. Approved applications follow the I-9 rule, which is law, not a
 * setting.
 */
@ConfigurationProperties("onramp.retention")
record RetentionProperties(Period rejectedAfter, Period abandonedAfter) {
  public RetentionProperties {
    rejectedAfter = rejectedAfter == null ? Period.ofDays(90) : rejectedAfter;
    abandonedAfter = abandonedAfter == null ? Period.ofDays(30) : abandonedAfter;
  }
}
