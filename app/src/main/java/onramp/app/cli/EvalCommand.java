package onramp.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import onramp.app.system.CommandDatabase;
import onramp.onboarding.Outcome;
import onramp.onboarding.eval.Evaluation;
import onramp.onboarding.eval.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Verify a corpus (truth hidden from the verifier) and score it against its truth: confusion matrix,",
      "false approvals and rejections, automation, per-reason precision/recall, per-field accuracy by source,",
      "latency and throughput. Exit 0 whatever the scores; non-zero only when the corpus cannot be read."
    })
public final class EvalCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "A corpus written by ./onramp corpus.")
  Path corpus = Path.of("corpus");

  @Option(names = "--json", description = "Print the summary as JSON instead of a table.")
  boolean json;

  @Option(
      names = "--threads",
      description = "Applications verified at once (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--record",
      description =
          "Also record the figures in serve's database (table eval_run), where the monthly report"
              + " shows the latest dev and held-out evaluation.")
  boolean record;

  @Mixin DataDirOption dataDir = new DataDirOption();

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(corpus.resolve("corpus.json"))) {
      System.err.println(
          "onramp eval: "
              + corpus
              + " is not a corpus (no corpus.json); write one with"
              + " ./onramp corpus --out "
              + corpus);
      return 2;
    }
    Evaluation e;
    try (CommandReaders readers = CommandReaders.open("eval")) {
      long apps;
      try (var s = Files.list(corpus)) {
        apps = s.filter(p -> Files.isRegularFile(p.resolve("truth.json"))).count();
      }
      Progress progress = new Progress(System.err, "eval", (int) apps);
      e = new Evaluator(readers.verifier(), threads).evaluate(corpus, progress::update);
    } catch (UncheckedIOException | IllegalStateException ex) {
      System.err.println("onramp eval: " + ex.getMessage());
      return 2;
    }
    if (record) {
      try {
        System.err.println(record(e));
      } catch (IOException | SQLException | RuntimeException ex) {
        System.err.println(
            "onramp eval: the figures could not be recorded in serve's database: "
                + ex.getMessage());
        return 2;
      }
    }
    if (json) {
      System.out.println(
          new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(summary(e)));
    } else {
      table(e, System.out);
    }
    return 0;
  }

  /** One eval_run row: the corpus's split and folder, decisions right of all, the summary. */
  private String record(Evaluation e) throws IOException, SQLException {
    ObjectMapper mapper = new ObjectMapper();
    String split =
        mapper.readTree(corpus.resolve("corpus.json").toFile()).path("split").asText("dev");
    Function<String, Optional<String>> env = name -> Optional.ofNullable(System.getenv(name));
    try (CommandDatabase db = CommandDatabase.open(dataDir.resolve(env), env);
        Connection c = db.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO eval_run (recorded_at, split, corpus, cases, correct, details)"
                    + " VALUES (now(), ?, ?, ?, ?, ?::jsonb)")) {
      int correct = (int) Math.round(e.decisionAccuracy() * e.applications());
      s.setString(1, split.equals("heldout") ? "heldout" : "dev");
      s.setString(2, String.valueOf(corpus.toAbsolutePath().normalize().getFileName()));
      s.setInt(3, e.applications());
      s.setInt(4, correct);
      s.setString(5, mapper.writeValueAsString(summary(e)));
      s.executeUpdate();
      return "onramp eval: recorded in serve's database ("
          + split
          + ", "
          + correct
          + "/"
          + e.applications()
          + " decided right)";
    }
  }

  static Map<String, Object> summary(Evaluation e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("applications", e.applications());
    m.put("falseApprovals", e.falseApprovals().size());
    m.put("falseApprovalList", e.falseApprovals());
    m.put("falseRejections", e.falseRejections().size());
    m.put("falseRejectionList", e.falseRejections());
    m.put("decisionAccuracy", e.decisionAccuracy());
    m.put("automationRate", e.automationRate());
    m.put("confusion", e.confusion());
    Map<String, Object> reasons = new LinkedHashMap<>();
    e.reasons()
        .forEach(
            (k, s) ->
                reasons.put(
                    k,
                    Map.of(
                        "precision",
                        s.precision(),
                        "recall",
                        s.recall(),
                        "truePositives",
                        s.truePositives(),
                        "falsePositives",
                        s.falsePositives(),
                        "falseNegatives",
                        s.falseNegatives())));
    m.put("reasons", reasons);
    Map<String, Object> fields = new LinkedHashMap<>();
    e.fields()
        .forEach(
            (k, s) ->
                fields.put(
                    k,
                    Map.of("accuracy", s.accuracy(), "correct", s.correct(), "total", s.total())));
    m.put("fields", fields);
    m.put(
        "latencyMs",
        Map.of("p50", e.latencyMs().p50(), "p95", e.latencyMs().p95(), "max", e.latencyMs().max()));
    m.put("throughputPerSecond", e.throughputPerSecond());
    m.put("mistakes", e.mistakes());
    m.put("byRenderer", groups(e.byRenderer()));
    m.put("byPhoto", groups(e.byPhoto()));
    return m;
  }

  private static Map<String, Object> groups(Map<String, Evaluation.GroupScore> groups) {
    Map<String, Object> m = new LinkedHashMap<>();
    groups.forEach(
        (k, g) ->
            m.put(
                k,
                Map.of(
                    "applications",
                    g.applications(),
                    "decisionAccuracy",
                    g.decisionAccuracy(),
                    "correctDecisions",
                    g.correctDecisions(),
                    "frontFieldAccuracy",
                    g.frontFieldAccuracy(),
                    "frontFieldsCorrect",
                    g.frontFieldsCorrect(),
                    "frontFields",
                    g.frontFields())));
    return m;
  }

  private static void group(PrintStream out, String name, Evaluation.GroupScore g) {
    out.printf(
        "%-28s %12d  %6.1f%% (%d)  %10.1f%% (%d/%d)%n",
        name,
        g.applications(),
        100 * g.decisionAccuracy(),
        g.correctDecisions(),
        100 * g.frontFieldAccuracy(),
        g.frontFieldsCorrect(),
        g.frontFields());
  }

  static void table(Evaluation e, PrintStream out) {
    out.printf("applications        %d%n", e.applications());
    out.printf("false approvals     %d %s%n", e.falseApprovals().size(), e.falseApprovals());
    out.printf("false rejections    %d %s%n", e.falseRejections().size(), e.falseRejections());
    out.printf("decision accuracy   %.1f%%%n", 100 * e.decisionAccuracy());
    out.printf(
        "automation          %.1f%% of clean and clearly-bad applications decided without review%n",
        100 * e.automationRate());
    out.printf(
        "latency ms          p50 %d  p95 %d  max %d%n",
        e.latencyMs().p50(), e.latencyMs().p95(), e.latencyMs().max());
    out.printf("throughput          %.2f applications/s%n%n", e.throughputPerSecond());
    out.println("expected \\ actual   APPROVED  REJECTED  NEEDS_REVIEW");
    for (Outcome expected : Outcome.values()) {
      Map<Outcome, Integer> row = e.confusion().getOrDefault(expected, Map.of());
      out.printf(
          "%-18s %9d %9d %13d%n",
          expected,
          row.getOrDefault(Outcome.APPROVED, 0),
          row.getOrDefault(Outcome.REJECTED, 0),
          row.getOrDefault(Outcome.NEEDS_REVIEW, 0));
    }
    out.printf("%nreason                              precision  recall   tp  fp  fn%n");
    e.reasons()
        .forEach(
            (k, s) ->
                out.printf(
                    "%-35s %9.2f %7.2f %4d %3d %3d%n",
                    k,
                    s.precision(),
                    s.recall(),
                    s.truePositives(),
                    s.falsePositives(),
                    s.falseNegatives()));
    out.printf("%nfields (group/source)               accuracy  correct/total%n");
    e.fields()
        .forEach(
            (k, s) ->
                out.printf(
                    "%-35s %7.1f%%  %d/%d%n", k, 100 * s.accuracy(), s.correct(), s.total()));
    out.printf(
        "%nby front renderer / photo   applications  decisions right     front fields right%n");
    e.byRenderer().forEach((k, g) -> group(out, "renderer " + k, g));
    e.byPhoto().forEach((k, g) -> group(out, "photo " + k, g));
    if (!e.mistakes().isEmpty()) {
      out.printf("%nwrong decisions%n");
      e.mistakes().forEach(m -> out.println("  " + m));
    }
  }
}
