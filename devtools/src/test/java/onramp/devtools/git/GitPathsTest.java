package onramp.devtools.git;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GitPathsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "src/a.ts | src/a.ts",
        "\"src/a\\tb.ts\" | src/a\tb.ts",
        "\"src/\\\"q\\\".ts\" | src/\"q\".ts",
        "\"src/\\303\\251.ts\" | src/é.ts",
        "\"back\\\\slash.ts\" | back\\slash.ts"
      })
  void unquotesPathsAsGitQuotesThem(String quoted, String path) {
    assertThat(GitPaths.unquote(quoted)).isEqualTo(path);
  }

  @ParameterizedTest
  @CsvSource({
    "a.ts,true",
    "a.tsx,true",
    "a.mts,true",
    "a.cts,true",
    "a.d.ts,false",
    "a.d.mts,false",
    "a.js,false",
    "a.json,false",
    "A.TS,true"
  })
  void knowsWhichFilesAreTypeScriptSource(String path, boolean typescript) {
    assertThat(GitPaths.isTypeScript(path)).isEqualTo(typescript);
  }
}
