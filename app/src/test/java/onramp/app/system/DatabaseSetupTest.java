package onramp.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseSetupTest {
  @ParameterizedTest
  @CsvSource({
    "jdbc:postgresql://db:5432/onramp, jdbc:postgresql://db:5432/onramp",
    "jdbc:postgresql://db:5432/onramp?user=app&password=secret, jdbc:postgresql://db:5432/onramp",
    "jdbc:postgresql://app:secret@db/onramp, jdbc:postgresql://db/onramp",
  })
  void anExternalDatabaseIsShownWithoutCredentials(String configured, String shown) {
    assertThat(new DatabaseSetup.External(configured).where()).isEqualTo("external, at " + shown);
  }

  @Test
  void theEmbeddedDatabaseIsShownByItsFolder() {
    assertThat(new DatabaseSetup.Embedded(Path.of("/srv/onramp/postgres")).where())
        .isEqualTo("embedded, data in /srv/onramp/postgres");
  }

  @Test
  void theDataFolderHoldsTheDatabaseAndTheDocuments() {
    DataDirectory data = DataDirectory.of(Path.of("/srv/onramp/./data/.."));

    assertThat(data.root()).isEqualTo(Path.of("/srv/onramp"));
    assertThat(data.postgres()).isEqualTo(Path.of("/srv/onramp/postgres"));
    assertThat(data.documents()).isEqualTo(Path.of("/srv/onramp/documents"));
  }
}
