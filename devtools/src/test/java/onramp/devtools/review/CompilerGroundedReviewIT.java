package onramp.devtools.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.devtools.Finding;
import onramp.devtools.fixture.Fares;
import onramp.devtools.fixture.GatewayUnderTest;
import onramp.devtools.fixture.TypeScriptFixture;
import onramp.devtools.report.ExitCode;
import onramp.devtools.report.Reports;
import onramp.devtools.report.ReviewReport;
import onramp.gateway.Usage;
import onramp.gateway.fake.Script;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The whole review as {@code ./onramp ts review} runs it, on a real git repository with the real
 * TypeScript compiler, the model behind a real gateway service (the fake vendor answers): the type
 * error is a tsc fact on its line, the model's suggestion that fixes the floating promise is
 * verified, one that breaks the build is marked failed, one outside the change is dropped; without
 * a gateway the review still runs and says the model was off.
 */
class CompilerGroundedReviewIT {
  static final ObjectMapper JSON = new ObjectMapper();

  /** fares.ts before the change: no type error, the promise awaited. */
  static final String FARES_BEFORE =
      Fares.FARES
          .replace("const label: string = fare;", "const label: string = String(fare);")
          .replace("    send(rider);", "    await send(rider);");

  static TypeScriptFixture.Project repository() throws Exception {
    Map<String, String> files = new HashMap<>(Fares.files());
    files.put("src/fares.ts", FARES_BEFORE);
    files.put(".gitignore", "node_modules\n");
    TypeScriptFixture.Project p = TypeScriptFixture.project(files);
    git(p.dir(), "init", "-q", "-b", "main");
    git(p.dir(), "add", ".");
    git(
        p.dir(),
        "-c",
        "user.name=Synthetic Dev",
        "-c",
        "user.email=dev@example.com",
        "commit",
        "-q",
        "-m",
        "base");
    p.write("src/fares.ts", Fares.FARES); // the change, in the working tree
    return p;
  }

  @Test
  void theTypeCheckerFirstThenTheModelWithItsSuggestionsTypeChecked() throws Exception {
    try (TypeScriptFixture.Project repo = repository();
        GatewayUnderTest gateway = new GatewayUnderTest()) {
      gateway.fake.enqueue(
          Script.output(
              findings(
                  finding(
                      16,
                      "async",
                      "The promise of send is neither awaited nor handled.",
                      "    await send(rider);"),
                  finding(
                      10, "types", "label should be a number.", "    const label: number = \"x\";"),
                  finding(3, "maintainability", "BASE_FARE could be configurable.", null)),
              Usage.of(900, 120)));
      ModelConnection connection =
          new ModelConnection(
              URI.create("http://127.0.0.1:" + gateway.server.port()),
              gateway.key.secret(),
              "claude-sonnet-4-5");

      ReviewReport report =
          CompilerGroundedReview.with(Optional.of(connection))
              .run(new ReviewRequest(repo.dir(), Optional.of("HEAD")));

      List<Finding> tsc = bySource(report, Finding.Source.TSC);
      assertThat(tsc).extracting(f -> f.lines().start()).containsExactly(10);
      assertThat(tsc.get(0).rule()).contains("TS2322");
      List<Finding> model = bySource(report, Finding.Source.MODEL);
      assertThat(model)
          .extracting(f -> f.lines().start(), Finding::verification)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(16, Finding.Verification.VERIFIED),
              org.assertj.core.groups.Tuple.tuple(10, Finding.Verification.FAILED));
      assertThat(report.notes()).anyMatch(n -> n.contains("dropped"));
      assertThat(report.model()).get().extracting(c -> c.outputTokens()).isEqualTo(120L);
      assertThat(ExitCode.of(report)).isEqualTo(1);
      assertThat(Reports.sarif(report)).contains("2.1.0", "TS2322");
      assertThat(gateway.fake.lastReceived().body()).contains("fares.ts");
    }
  }

  @Test
  void withoutAGatewayItRunsOnTheCheckersAndSaysSo() throws Exception {
    try (TypeScriptFixture.Project repo = repository()) {
      ReviewReport report =
          CompilerGroundedReview.fromEnvironment(name -> Optional.empty())
              .run(new ReviewRequest(repo.dir(), Optional.of("HEAD")));

      assertThat(report.notes()).anyMatch(n -> n.startsWith("model off"));
      assertThat(bySource(report, Finding.Source.TSC)).hasSize(1);
      assertThat(bySource(report, Finding.Source.MODEL)).isEmpty();
      assertThat(report.model()).isEmpty();
    }
  }

  @Test
  void notAGitRepositoryIsAClearError() throws Exception {
    Path dir = Files.createTempDirectory("not-a-repo-");
    try {
      ReviewException e =
          catchThrowableOfType(
              ReviewException.class,
              () ->
                  CompilerGroundedReview.with(Optional.empty())
                      .run(new ReviewRequest(dir, Optional.empty())));
      assertThat(e.getMessage()).contains(dir.getFileName().toString()).containsIgnoringCase("git");
    } finally {
      Files.deleteIfExists(dir);
    }
  }

  static List<Finding> bySource(ReviewReport report, Finding.Source source) {
    return report.findings().stream().filter(f -> f.source() == source).toList();
  }

  static ObjectNode findings(ObjectNode... items) {
    ObjectNode out = JSON.createObjectNode();
    ArrayNode list = out.putArray("findings");
    for (ObjectNode item : items) {
      list.add(item);
    }
    return out;
  }

  static ObjectNode finding(
      int line, String category, String message, @Nullable String suggestion) {
    ObjectNode f = JSON.createObjectNode();
    f.put("file", "src/fares.ts");
    f.put("startLine", line);
    f.put("endLine", line);
    f.put("severity", "warning");
    f.put("category", category);
    f.put("message", message);
    if (suggestion == null) {
      f.putNull("suggestion");
    } else {
      f.put("suggestion", suggestion);
    }
    return f;
  }

  static void git(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + out);
    }
  }
}
