package onramp.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import onramp.testsupport.Browser;
import onramp.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./onramp serve} on embedded defaults: a real PostgreSQL from jars under the data folder.
 */
class EmbeddedPostgresIT {
  // An empty URL overrides an ONRAMP_DATABASE_URL a developer may have set: these tests are about
  // embedded.
  private static final String EMBEDDED = "--spring.datasource.url=";

  // Shared by the tests, so that PostgreSQL's initdb runs once; each test stands on its own either
  // way.
  @TempDir static Path dataDir;

  @Test
  void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
    String subject = "application:restart-check";
    AuditEvent written;
    int firstDatabasePort;
    try (ConfigurableApplicationContext first = OnrampApplication.start(0, dataDir, EMBEDDED)) {
      written =
          first.getBean(AuditLog.class).append("system", "RECEIVED", subject, Map.of("step", 1));
      firstDatabasePort = databasePort(first);
    }

    assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
    assertThatThrownBy(() -> new Socket("localhost", firstDatabasePort).close())
        .as("closing the application stops the embedded PostgreSQL")
        .isInstanceOf(ConnectException.class);

    try (ConfigurableApplicationContext second = OnrampApplication.start(0, dataDir, EMBEDDED)) {
      assertThat(second.getBean(AuditLog.class).about(subject)).containsExactly(written);
    }
  }

  @Test
  void theStatusPageAndHealthReportTheEmbeddedDatabase() throws Exception {
    try (ConfigurableApplicationContext app = OnrampApplication.start(0, dataDir, EMBEDDED)) {
      Http http = Http.to(app);

      JsonNode database = http.json("/api/status").path("components").get(0);
      JsonNode health = http.json("/actuator/health");
      // The generated admin's password is in the 0600 file, not in any log.
      String password =
          Files.readAllLines(dataDir.resolve("local-users.txt")).stream()
              .filter(l -> l.startsWith("admin "))
              .findFirst()
              .orElseThrow()
              .split(" ")[1];
      Browser admin = new Browser(OnrampApplication.port(app));
      admin.get("/login");
      admin.post("/login", Map.of("username", "admin", "password", password));
      HttpResponse<String> ops = admin.get("/ops");

      assertThat(database.path("name").asText()).isEqualTo("Database");
      assertThat(database.path("on").asBoolean()).isTrue();
      assertThat(database.has("detail")).as("the public status names no folder").isFalse();
      assertThat(ops.statusCode()).isEqualTo(200);
      assertThat(ops.body())
          .containsPattern(
              "PostgreSQL 18\\.[^<]*embedded, data in "
                  + java.util.regex.Pattern.quote(
                      dataDir.toAbsolutePath().resolve("postgres").toString()));
      assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
      assertThat(dataDir.resolve("documents")).isDirectory();
    }
  }

  private static int databasePort(ConfigurableApplicationContext app) {
    return URI.create(
            app.getBean(JdbcConnectionDetails.class).getJdbcUrl().substring("jdbc:".length()))
        .getPort();
  }
}
