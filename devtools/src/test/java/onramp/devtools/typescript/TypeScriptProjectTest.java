package onramp.devtools.typescript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import onramp.devtools.exec.ToolException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The setup errors and the time limit, with a fake {@code tsc} that Node runs. */
class TypeScriptProjectTest {
  @TempDir Path dir;

  @Test
  void saysToRunNpmCiWhenTypeScriptIsNotInstalled() throws IOException {
    Files.writeString(dir.resolve("tsconfig.json"), "{}");
    Files.writeString(dir.resolve("package.json"), "{}");
    Files.writeString(dir.resolve("package-lock.json"), "{}");

    assertThatThrownBy(() -> TypeScriptProject.open(dir))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("TypeScript is not installed for " + dir)
        .hasMessageContaining("run npm ci in " + dir);
  }

  @Test
  void namesTheMissingTsconfig() throws IOException {
    fakeTsc("process.exit(0);");

    assertThatThrownBy(() -> TypeScriptProject.open(dir))
        .hasMessageContaining("no tsconfig.json in " + dir);
  }

  @Test
  void saysToInstallNodeWhenItIsMissing() throws IOException {
    fakeTsc("process.exit(0);");
    Files.writeString(dir.resolve("tsconfig.json"), "{}");

    assertThatThrownBy(() -> TypeScriptProject.open(dir, dir.resolve("no-such-node").toString()))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("install Node");
  }

  @Test
  void findsTheTypeScriptOfAMonorepoRootAndReadsItsVersion() throws IOException {
    fakeTsc("process.exit(0);");
    Path pkg = Files.createDirectories(dir.resolve("packages/app"));
    Files.writeString(
        pkg.resolve("tsconfig.json"), "{ // jsonc\n \"references\": [{\"path\": \"../lib\"},],\n}");

    TypeScriptProject project = TypeScriptProject.open(pkg);

    assertThat(project.typeScriptVersion()).isEqualTo("5.9.3-fake");
    assertThat(project.buildMode()).isTrue();
    assertThat(project.typeCheckCommand()).contains("-b").doesNotContain("--noEmit");
    assertThat(project.typeCheck(Duration.ofSeconds(20))).isEmpty();
  }

  @Test
  void stopsATscThatHangsAtTheTimeLimit() throws Exception {
    Path pidFile = dir.resolve("tsc.pid");
    fakeTsc(
        "require('fs').writeFileSync("
            + js(pidFile)
            + ", String(process.pid)); setInterval(() => {}, 1000);");
    Files.writeString(dir.resolve("tsconfig.json"), "{}");
    TypeScriptProject project = TypeScriptProject.open(dir);
    long started = System.nanoTime();

    assertThatThrownBy(() -> project.typeCheck(Duration.ofMillis(1500)))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("tsc did not finish within 1500 ms in " + dir)
        .extracting(e -> ((ToolException) e).kind())
        .isEqualTo(ToolException.Kind.TIMEOUT);

    long ms = (System.nanoTime() - started) / 1_000_000;
    assertThat(ms).isBetween(1_400L, 8_000L);
    long pid = Long.parseLong(Files.readString(pidFile).strip());
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
        .as("the hanging tsc was stopped")
        .isFalse();
  }

  @Test
  void reportsATscThatFailsWithoutDiagnosticsOnFiles() throws IOException {
    fakeTsc("console.log(\"error TS5023: Unknown compiler option 'strictt'.\"); process.exit(1);");
    Files.writeString(dir.resolve("tsconfig.json"), "{}");

    assertThatThrownBy(() -> TypeScriptProject.open(dir).typeCheck(Duration.ofSeconds(20)))
        .hasMessageContaining("could not check " + dir)
        .hasMessageContaining("Unknown compiler option 'strictt'");
  }

  @Test
  void notesThatLintIsSkippedWhenEslintIsNotConfigured() throws IOException {
    fakeTsc("process.exit(0);");
    Files.writeString(dir.resolve("tsconfig.json"), "{}");
    Files.createDirectory(dir.resolve(".git"));

    LintResult lint = TypeScriptProject.open(dir).lint(List.of("a.ts"), Duration.ofSeconds(5));

    assertThat(lint.findings()).isEmpty();
    assertThat(lint.notes())
        .singleElement()
        .asString()
        .contains("ESLint is not configured in " + dir);
  }

  @Test
  void notesThatEslintIsConfiguredButNotInstalled() throws IOException {
    fakeTsc("process.exit(0);");
    Files.writeString(dir.resolve("tsconfig.json"), "{}");
    Files.writeString(dir.resolve("eslint.config.mjs"), "export default [];");
    Files.writeString(dir.resolve("package-lock.json"), "{}");

    LintResult lint = TypeScriptProject.open(dir).lint(List.of("a.ts"), Duration.ofSeconds(5));

    assertThat(lint.notes())
        .singleElement()
        .asString()
        .contains("configured in " + dir + " but not installed: run npm ci in " + dir);
  }

  private void fakeTsc(String script) throws IOException {
    Path ts = Files.createDirectories(dir.resolve("node_modules/typescript/bin"));
    Files.writeString(ts.resolve("tsc"), "#!/usr/bin/env node\n" + script + "\n");
    Files.writeString(ts.resolveSibling("package.json"), "{\"version\": \"5.9.3-fake\"}");
  }

  private static String js(Path p) {
    return "'" + p.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
