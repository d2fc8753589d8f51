package onramp.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --data-dir DIR}, the same for every command that uses the data folder. */
final class DataDirOption {
  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Where documents and the embedded database live (default: $ONRAMP_DATA_DIR or ./data).")
  @Nullable Path dataDir;

  /** The folder given, else {@code $ONRAMP_DATA_DIR}, else {@code ./data}; absolute. */
  Path resolve(Function<String, Optional<String>> env) {
    Path dir =
        dataDir != null
            ? dataDir
            : Path.of(env.apply("ONRAMP_DATA_DIR").filter(s -> !s.isBlank()).orElse("data"));
    return dir.toAbsolutePath();
  }
}
