package onramp.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class CommandDatabaseTest {
  @Test
  void commandsRunTheMigrationsServeRuns() throws Exception {
    String yaml;
    try (InputStream in = getClass().getResourceAsStream("/application.yml")) {
      yaml = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(yaml).contains("locations: " + String.join(",", CommandDatabase.MIGRATIONS));
  }
}
