package onramp.devtools.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import onramp.devtools.ChangedFile;
import onramp.devtools.Diff;
import onramp.devtools.LineRange;
import onramp.devtools.context.ContextPiece.Kind;
import onramp.devtools.fixture.Fares;
import onramp.devtools.fixture.TypeScriptFixture;
import org.junit.jupiter.api.Test;

/** The context of a change, found with the real TypeScript compiler API in a real project. */
class ReviewContextIT {

  @Test
  void findsTheEnclosingScopeAndTheDeclarationsTheChangedLinesUse() {
    try (TypeScriptFixture.Project p = TypeScriptFixture.project(Fares.files())) {
      ReviewContext ctx = ReviewContextBuilder.forRepository(p.dir()).build(Fares.diff());

      assertThat(ctx.typescript()).isEqualTo("5.9.3");
      assertThat(ctx.leftOut()).isEmpty();
      assertThat(ctx.included())
          .extracting(c -> c.kind() + " " + c.file() + ":" + c.lines().start() + " " + c.label())
          .containsExactly(
              "CHANGE src/fares.ts:9 hunk",
              "CHANGE src/fares.ts:15 hunk",
              "ENCLOSING src/fares.ts:8 method total",
              "ENCLOSING src/fares.ts:15 method notify",
              "SAME_FILE src/fares.ts:3 const BASE_FARE",
              "SAME_FILE src/fares.ts:6 property surge",
              "IMPORTED src/model.ts:7 function greeting",
              "IMPORTED src/model.ts:1 interface Rider (type of rider)",
              "IMPORTED src/model.ts:12 function send");
      // changed lines are numbered and marked; another file's function body is left out
      assertThat(ctx.render())
          .contains("+   10 |     const label: string = fare;")
          .contains("     8 |   total(rider: Rider, km: number): number {")
          .contains("export function greeting(rider: Rider): string { /* body left out */ }")
          .doesNotContain("split(\" \")");
    }
  }

  @Test
  void aSmallBudgetDropsTheLeastImportantFirstAndListsWhatItLeftOut() {
    try (TypeScriptFixture.Project p = TypeScriptFixture.project(Fares.files())) {
      ReviewContext all = ReviewContextBuilder.forRepository(p.dir()).build(Fares.diff());
      int changesAndScopes =
          all.included().stream()
              .filter(c -> c.kind().compareTo(Kind.ENCLOSING) <= 0)
              .mapToInt(ContextPiece::tokens)
              .sum();

      ReviewContext cut =
          ReviewContextBuilder.forRepository(p.dir())
              .budget(TokenBudget.ofTokens(changesAndScopes + 5))
              .build(Fares.diff());

      assertThat(cut.included())
          .extracting(ContextPiece::kind)
          .containsOnly(Kind.CHANGE, Kind.ENCLOSING);
      assertThat(cut.usedTokens()).isLessThanOrEqualTo(cut.budget().tokens());
      assertThat(cut.leftOut())
          .extracting(l -> l.kind() + " " + l.label())
          .contains("IMPORTED interface Rider (type of rider)", "SAME_FILE const BASE_FARE");
      assertThat(cut.notes()).anyMatch(n -> n.contains("left out to stay within"));
    }
  }

  @Test
  void withoutTypeScriptInstalledTheContextIsTheChangedLinesAndSaysWhy() {
    try (TypeScriptFixture.Project p = TypeScriptFixture.bare(Fares.files())) {
      ReviewContext ctx = ReviewContextBuilder.forRepository(p.dir()).build(Fares.diff());

      assertThat(ctx.included()).extracting(ContextPiece::kind).containsOnly(Kind.CHANGE);
      assertThat(ctx.notes())
          .singleElement()
          .asString()
          .contains("changed lines only")
          .contains("no typescript package")
          .contains("npm install");
    }
  }

  @Test
  void aChangeOfThousandsOfFilesKeepsToTheBudgetAndListsTheRest() {
    Map<String, String> files = new HashMap<>();
    List<ChangedFile> changed = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      String path = "src/gen/f" + i + ".ts";
      files.put(path, "export const v" + i + " = " + i + ";\n");
      changed.add(new ChangedFile(path, ChangedFile.Status.ADDED, List.of(new LineRange(1, 1))));
    }
    try (TypeScriptFixture.Project p = TypeScriptFixture.bare(files)) {
      ReviewContext ctx =
          ReviewContextBuilder.forRepository(p.dir())
              .compilerApi(false)
              .budget(TokenBudget.ofTokens(1000))
              .build(new Diff("main", "WORKTREE", changed, List.of()));

      assertThat(ctx.usedTokens()).isLessThanOrEqualTo(1000);
      assertThat(ctx.included()).isNotEmpty();
      assertThat(ctx.included().size() + ctx.leftOut().size()).isEqualTo(2000);
      assertThat(ctx.included().get(0).file()).isEqualTo("src/gen/f0.ts");
      assertThat(ctx.leftOut().get(0).toString()).startsWith("src/gen/f").contains("changed lines");
    }
  }
}
