package onramp.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Vendor wire types never leave their adapter package (STYLE.md habit 3). */
class VendorBoundaryTest {
  private static final Path MAIN = Path.of("src/main/java/onramp/gateway");

  private static List<String> offenders(String importPrefix, String allowedDir) throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.startsWith(MAIN.resolve(allowedDir)))
          .filter(p -> read(p).contains("import " + importPrefix))
          .map(Path::toString)
          .toList();
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void anthropicSdkTypesStayInTheAnthropicAdapter() throws IOException {
    assertThat(offenders("com.anthropic", "adapter/anthropic")).isEmpty();
  }

  @Test
  void awsTypesStayInTheAnthropicAdapter() throws IOException {
    assertThat(offenders("software.amazon", "adapter/anthropic")).isEmpty();
  }

  @Test
  void onlyConfigurationKnowsTheConcreteAdapters() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      List<String> users =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !p.startsWith(MAIN.resolve("adapter")))
              .filter(p -> read(p).contains("import onramp.gateway.adapter."))
              .map(p -> MAIN.relativize(p).toString())
              .toList();
      assertThat(users)
          .containsExactlyInAnyOrder(
              "config/GatewayFactory.java",
              "config/RemoteChatModel.java",
              "bench/GatewayBenchmark.java",
              "bench/load/BenchGateway.java");
    }
  }
}
