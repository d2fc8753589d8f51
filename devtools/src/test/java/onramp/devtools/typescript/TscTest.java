package onramp.devtools.typescript;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import onramp.devtools.Finding;
import onramp.devtools.LineRange;
import org.junit.jupiter.api.Test;

class TscTest {
  private final Path root = Path.of("/repo/packages/app");

  @Test
  void readsLocatedDiagnosticsWithTheirContinuationLines() {
    String out =
        """
        src/a.ts(12,7): error TS2322: Type 'string' is not assignable to type 'number'.
        src/deep/b.tsx(3,1): error TS2345: Argument of type '{ a: string; }' is not assignable to parameter of type 'Props'.
          Property 'b' is missing in type '{ a: string; }' but required in type 'Props'.
        ../shared/c.ts(1,1): warning TS6133: 'x' is declared but its value is never read.
        """;

    Tsc.Output parsed = Tsc.parse(out, root, root, "tsconfig.json");

    assertThat(parsed.global()).isEmpty();
    assertThat(parsed.located())
        .extracting(Finding::file, Finding::lines, Finding::rule, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "src/a.ts", new LineRange(12, 12), Optional.of("TS2322"), Finding.Severity.BLOCKER),
            org.assertj.core.groups.Tuple.tuple(
                "src/deep/b.tsx",
                new LineRange(3, 3),
                Optional.of("TS2345"),
                Finding.Severity.BLOCKER),
            org.assertj.core.groups.Tuple.tuple(
                "/repo/packages/shared/c.ts",
                new LineRange(1, 1),
                Optional.of("TS6133"),
                Finding.Severity.WARNING));
    assertThat(parsed.located().get(1).message())
        .isEqualTo(
            "Argument of type '{ a: string; }' is not assignable to parameter of type 'Props'.\n"
                + "Property 'b' is missing in type '{ a: string; }' but required in type 'Props'.");
    assertThat(parsed.located())
        .allSatisfy(
            f -> {
              assertThat(f.source()).isEqualTo(Finding.Source.TSC);
              assertThat(f.category()).isEqualTo("type-error");
            });
  }

  @Test
  void putsDiagnosticsWithoutAFileOnTheTsconfig() {
    Tsc.Output parsed =
        Tsc.parse(
            "error TS5023: Unknown compiler option 'strictt'.\n", root, root, "tsconfig.json");

    assertThat(parsed.located()).isEmpty();
    assertThat(parsed.global())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("tsconfig.json");
              assertThat(f.rule()).contains("TS5023");
            });
  }

  @Test
  void readsFileNamesWithParenthesesAndSpaces() {
    Tsc.Output parsed =
        Tsc.parse(
            "src/(group)/my page.tsx(40,2): error TS2304: Cannot find name 'foo'.",
            root,
            root,
            "tsconfig.json");

    assertThat(parsed.located())
        .singleElement()
        .extracting(Finding::file)
        .isEqualTo("src/(group)/my page.tsx");
  }
}
