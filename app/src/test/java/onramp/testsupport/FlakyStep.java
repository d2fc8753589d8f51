package onramp.testsupport;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import onramp.app.apply.processing.ProcessingStep;
import onramp.app.apply.processing.StepUnavailableException;
import onramp.onboarding.application.Documents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A model step whose vendor is down for the first {@link #FAILURES} attempts on applications marked
 * flaky.
 */
@Configuration(proxyBeanMethods = false)
public class FlakyStep {
  public static final int FAILURES = 2;
  public static final Set<UUID> FLAKY = ConcurrentHashMap.newKeySet();
  public static final AtomicInteger ATTEMPTS = new AtomicInteger();

  @Bean
  ProcessingStep flakyVendorStep() {
    return (UUID application, Documents documents) -> {
      if (FLAKY.contains(application) && ATTEMPTS.incrementAndGet() <= FAILURES) {
        throw new StepUnavailableException("vendor unavailable (test)");
      }
    };
  }
}
