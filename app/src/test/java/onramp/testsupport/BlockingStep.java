package onramp.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import onramp.app.apply.processing.ProcessingStep;
import onramp.onboarding.application.Documents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * For the instance that will be killed: every job it runs leaves a marker file named after the
 * application in {@code test.markers}, then blocks until the process dies.
 */
@Configuration(proxyBeanMethods = false)
public class BlockingStep {
  @Bean
  ProcessingStep blockForever(@Value("${test.markers}") String markers) {
    return (UUID application, Documents documents) -> {
      try {
        Files.createFile(Path.of(markers).resolve(application.toString()));
        Thread.sleep(Long.MAX_VALUE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while blocking (test)", e);
      }
    };
  }
}
