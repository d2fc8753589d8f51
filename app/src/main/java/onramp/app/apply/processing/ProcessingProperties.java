package onramp.app.apply.processing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onramp.processing.*}: the first retry after {@code retry-initial}, doubling each time, and
 * after {@code max-attempts} failures the application goes to a person.
 */
@ConfigurationProperties("onramp.processing")
public record ProcessingProperties(Duration retryInitial, int maxAttempts) {
  public ProcessingProperties {
    retryInitial = retryInitial == null ? Duration.ofSeconds(30) : retryInitial;
    maxAttempts = maxAttempts <= 0 ? 12 : maxAttempts;
  }
}
