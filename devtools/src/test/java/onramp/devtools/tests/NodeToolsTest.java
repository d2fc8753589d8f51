package onramp.devtools.tests;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeToolsTest {
  @TempDir Path repo;

  private void install(String... packages) throws IOException {
    for (String p : packages) {
      Path dir = repo.resolve("node_modules").resolve(p);
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("package.json"), "{\"name\":\"" + p + "\"}");
    }
  }

  @Test
  void asksForAnInstallWhenThereIsNoNodeModules() {
    assertThatThrownBy(() -> NodeTools.check(repo))
        .isInstanceOf(TestGenerationException.class)
        .hasMessage(
            repo
                + " has no node_modules: install its packages first (npm ci), since generated"
                + " tests run with the repository's own TypeScript and Vitest");
  }

  @Test
  void namesVitestAndHowToAddItWhenMissing() throws IOException {
    install("typescript");

    assertThatThrownBy(() -> NodeTools.check(repo))
        .hasMessageStartingWith("vitest is not installed in " + repo)
        .hasMessageContaining("npm i -D vitest @vitest/coverage-v8");
  }

  @Test
  void namesTheCoverageProviderWhenMissing() throws IOException {
    install("typescript", "vitest");

    assertThatThrownBy(() -> NodeTools.check(repo))
        .hasMessageStartingWith("@vitest/coverage-v8 is not installed in " + repo)
        .hasMessageContaining("a proposed test is kept only when it adds coverage");
  }

  @Test
  void stopsACommandOverItsTimeLimit() {
    long start = System.nanoTime();

    assertThatThrownBy(() -> Command.of(repo, Duration.ofMillis(300), "sleep", "30").run())
        .isInstanceOf(TestGenerationException.class)
        .hasMessage("sleep 30 in " + repo + " did not finish in 300 ms and was stopped");
    org.assertj.core.api.Assertions.assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isLessThan(Duration.ofSeconds(10));
  }
}
