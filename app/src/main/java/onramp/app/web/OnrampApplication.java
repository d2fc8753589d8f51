package onramp.app.web;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application behind {@code ./onramp serve}. */
@SpringBootApplication
public class OnrampApplication {
  public static void start(int port, Path dataDir) {
    SpringApplication app = new SpringApplication(OnrampApplication.class);
    app.setDefaultProperties(Map.of("server.port", port, "onramp.data-dir", dataDir.toString()));
    app.run();
  }
}
