package onramp.devtools.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import onramp.devtools.Finding;
import onramp.devtools.Finding.Verification;
import onramp.devtools.LineRange;
import onramp.devtools.fixture.Fares;
import onramp.devtools.fixture.TscTypeCheck;
import onramp.devtools.fixture.TypeScriptFixture;
import org.junit.jupiter.api.Test;

/** Suggestions applied in a scratch copy of a real project and type-checked with its own tsc. */
class SuggestionVerifierIT {
  private static final Duration LIMIT = Duration.ofSeconds(60);

  private static Finding suggest(int start, int end, String category, String replacement) {
    return new Finding(
        "src/fares.ts",
        new LineRange(start, end),
        Finding.Severity.WARNING,
        category,
        "planted",
        Finding.Source.MODEL,
        Optional.empty(),
        Optional.of(replacement),
        Verification.UNVERIFIED);
  }

  private static List<Path> scratchDirs() throws IOException {
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.filter(p -> p.getFileName().toString().startsWith("onramp-scratch-")).toList();
    }
  }

  @Test
  void keepsOnlySuggestionsThatCompileAndRemoveTheProblem() throws IOException {
    List<Path> before = scratchDirs();
    try (TypeScriptFixture.Project p = TypeScriptFixture.project(Fares.files())) {
      TscTypeCheck tsc = new TscTypeCheck();
      List<Finding> findings =
          List.of(
              // removes TS2322 on line 10, adds nothing
              suggest(10, 10, "types", "    const label: string = String(fare);"),
              // compiles no better: the TS2322 of line 10 stays
              suggest(10, 10, "types", "    const label: string = fare; // fine"),
              // no type error on these lines; awaiting adds none
              suggest(16, 16, "async", "    await send(rider);"),
              // a typo brings a new error
              suggest(16, 16, "async", "    await sendd(rider);"),
              // lines that are not in the file cannot be applied
              suggest(400, 401, "async", "x"));

      SuggestionVerifier.Result r = SuggestionVerifier.of(tsc, LIMIT).verify(p.dir(), findings);

      assertThat(r.findings())
          .extracting(Finding::verification)
          .containsExactly(
              Verification.VERIFIED,
              Verification.FAILED,
              Verification.VERIFIED,
              Verification.FAILED,
              Verification.FAILED);
      assertThat(r.notes()).isEmpty();
      assertThat(tsc.runs).isEqualTo(5); // the untouched copy, then one per applicable suggestion
      assertThat(Files.readString(p.file("src/fares.ts"))).isEqualTo(Fares.FARES);
      assertThat(Files.isSymbolicLink(p.file("node_modules"))).isTrue();
    }
    assertThat(scratchDirs()).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void withoutATypeCheckSuggestionsStayUnverifiedAndSaySo() {
    try (TypeScriptFixture.Project p = TypeScriptFixture.bare(Fares.files())) {
      Finding noSuggestion =
          new Finding(
              "src/fares.ts",
              new LineRange(16, 16),
              Finding.Severity.INFO,
              "async",
              "no replacement offered",
              Finding.Source.MODEL,
              Optional.empty(),
              Optional.empty(),
              Verification.NONE);

      SuggestionVerifier.Result r =
          SuggestionVerifier.of(new TscTypeCheck(), LIMIT)
              .verify(p.dir(), List.of(suggest(10, 10, "types", "    const x = 1;"), noSuggestion));

      assertThat(r.findings())
          .extracting(Finding::verification)
          .containsExactly(Verification.UNVERIFIED, Verification.NONE);
      assertThat(r.notes()).singleElement().asString().contains("no node_modules/typescript");
    }
  }

  @Test
  void aTypeCheckOverTheTimeLimitLeavesTheSuggestionUnverified() {
    try (TypeScriptFixture.Project p = TypeScriptFixture.project(Fares.files())) {
      SuggestionVerifier.Result r =
          SuggestionVerifier.of(new TscTypeCheck(), Duration.ofMillis(50))
              .verify(p.dir(), List.of(suggest(10, 10, "types", "    const x = 1;")));

      assertThat(r.findings())
          .extracting(Finding::verification)
          .containsExactly(Verification.UNVERIFIED);
      assertThat(r.notes()).singleElement().asString().contains("did not finish within 50 ms");
    }
  }
}
