package onramp.app.cli;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import onramp.app.Main;
import onramp.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/** The launcher's own path, in-process: {@code onramp serve --port 0 --data-dir DIR}. */
class ServeCommandIT {
  @TempDir Path dataDir;

  @Test
  void serveAnswersOverHttpAndReturnsZeroWhenTheApplicationIsClosed() throws Exception {
    CommandLine cli = Main.commandLine();
    ServeCommand serve = requireNonNull(cli.getSubcommands().get("serve")).getCommand();

    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () -> cli.execute("serve", "--port", "0", "--data-dir", dataDir.toString()));
    ConfigurableApplicationContext app = serve.started().get(120, TimeUnit.SECONDS);
    HttpResponse<String> home;
    try {
      home = Http.to(app).page("/");
      assertThat(exit).isNotDone(); // serve blocks while the application runs
    } finally {
      app.close();
    }

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body())
        .contains("<h1>Onramp</h1>")
        .doesNotContain(dataDir.toAbsolutePath().toString());
    assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
  }
}
