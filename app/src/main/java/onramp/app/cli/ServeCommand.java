package onramp.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import onramp.app.web.OnrampApplication;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Start the web application (embedded database and local data folder unless configured).")
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", description = "HTTP port (default ${DEFAULT-VALUE}).", defaultValue = "8080")
  int port;

  @Option(
      names = "--data-dir",
      description = "Where documents and the embedded database live (default: $ONRAMP_DATA_DIR or ./data).")
  @Nullable Path dataDir;

  @Override
  public Integer call() {
    Path dir = dataDir != null ? dataDir : Path.of(System.getenv().getOrDefault("ONRAMP_DATA_DIR", "data"));
    OnrampApplication.start(port, dir.toAbsolutePath());
    return 0;
  }
}
