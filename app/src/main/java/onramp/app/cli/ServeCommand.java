package onramp.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import onramp.app.system.OnrampApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Start the web application (embedded database and local data folder unless configured).")
public final class ServeCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      description = "HTTP port, 0 for any free one (default ${DEFAULT-VALUE}).",
      defaultValue = "8080")
  int port;

  @Mixin DataDirOption dataDir = new DataDirOption();

  private final CompletableFuture<ConfigurableApplicationContext> started =
      new CompletableFuture<>();

  /** Completes once the server answers; lets an in-process caller (a test) find and close it. */
  public CompletableFuture<ConfigurableApplicationContext> started() {
    return started;
  }

  @Override
  public Integer call() throws InterruptedException {
    Path dir = dataDir.resolve(name -> Optional.ofNullable(System.getenv(name)));
    ConfigurableApplicationContext context;
    try {
      context = OnrampApplication.start(port, dir);
    } catch (RuntimeException e) {
      started.completeExceptionally(e);
      System.err.println("onramp serve: did not start; the reason is logged above.");
      return 1;
    }
    started.complete(context);
    OnrampApplication.awaitClose(context);
    return 0;
  }
}
