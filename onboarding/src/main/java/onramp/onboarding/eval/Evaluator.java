package onramp.onboarding.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import onramp.onboarding.Outcome;
import onramp.onboarding.Verification;
import onramp.onboarding.Verifier;
import onramp.onboarding.decision.Reason;

/**
 * Verifies every application of a corpus (the verifier never reads {@code truth.json}) and scores
 * the decisions, reasons and fields against the truth.
 */
public final class Evaluator {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Verifier verifier;
  private final int threads;

  public Evaluator(Verifier verifier, int threads) {
    this.verifier = verifier;
    this.threads = Math.max(1, threads);
  }

  /**
   * @throws UncheckedIOException when the corpus cannot be read (a harness error, not a score)
   */
  public Evaluation evaluate(Path corpus, IntConsumer progress) throws InterruptedException {
    JsonNode manifest = read(corpus.resolve("corpus.json"));
    LocalDate date = LocalDate.parse(manifest.path("decisionDate").asText());
    List<Path> apps = applications(corpus);
    long start = System.nanoTime();
    List<Verification> results = new ArrayList<>();
    AtomicInteger done = new AtomicInteger();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<Verification>> futures =
          apps.stream()
              .map(
                  app ->
                      pool.submit(
                          () -> {
                            Verification v = verifier.verify(app, date);
                            progress.accept(done.incrementAndGet());
                            return v;
                          }))
              .toList();
      for (Future<Verification> f : futures) {
        results.add(f.get());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "the verifier failed on the corpus: " + e.getCause(), e.getCause());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Scoring scoring = new Scoring();
    for (int i = 0; i < apps.size(); i++) {
      scoring.add(results.get(i), read(apps.get(i).resolve("truth.json")));
    }
    return scoring.result(apps.size(), seconds);
  }

  private static List<Path> applications(Path corpus) {
    try (Stream<Path> s = Files.list(corpus)) {
      return s.filter(p -> Files.isRegularFile(p.resolve("truth.json"))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the corpus " + corpus + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(
          file
              + " cannot be read: "
              + e.getMessage()
              + " (is this a corpus written by ./onramp corpus?)",
          e);
    }
  }

  /** The p-th percentile (nearest rank) of sorted values; 0 when there are none. */
  static long percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }

  /** Accumulates scores application by application. */
  private static final class Scoring {
    final Map<Outcome, Map<Outcome, Integer>> confusion = new EnumMap<>(Outcome.class);
    final List<String> falseApprovals = new ArrayList<>();
    final List<String> falseRejections = new ArrayList<>();
    final List<String> mistakes = new ArrayList<>();
    final Map<String, int[]> reasons = new TreeMap<>();
    final Map<String, int[]> fields = new TreeMap<>();
    final List<Long> latencies = new ArrayList<>();
    final Map<String, int[]> byRenderer = new TreeMap<>();
    final Map<String, int[]> byPhoto = new TreeMap<>();
    int correct;
    int decidable;
    int automated;

    void add(Verification v, JsonNode truth) {
      Outcome expected = Outcome.valueOf(truth.path("decision").asText());
      Outcome actual = v.decision();
      confusion
          .computeIfAbsent(expected, k -> new EnumMap<>(Outcome.class))
          .merge(actual, 1, Integer::sum);
      latencies.add(v.elapsedMs());
      String label = v.application() + " (" + truth.path("scenario").asText() + ")";
      if (expected == actual) {
        correct++;
      } else {
        mistakes.add(
            label
                + ": expected "
                + expected
                + ", got "
                + actual
                + " "
                + v.reasons().stream()
                    .filter(r -> r.severity() != onramp.onboarding.decision.Severity.INFO)
                    .map(r -> r.code().name())
                    .distinct()
                    .toList());
      }
      if (actual == Outcome.APPROVED && expected != Outcome.APPROVED) {
        falseApprovals.add(label);
      }
      if (actual == Outcome.REJECTED && expected != Outcome.REJECTED) {
        falseRejections.add(label);
      }
      if (expected != Outcome.NEEDS_REVIEW) {
        decidable++;
        if (actual != Outcome.NEEDS_REVIEW) {
          automated++;
        }
      }
      Set<String> expectedCodes = new HashSet<>();
      truth.path("reasons").forEach(c -> expectedCodes.add(c.asText()));
      // System reasons (a step off, a vendor delay) describe the machine, not the application.
      Set<String> actualCodes =
          new HashSet<>(
              v.reasons().stream()
                  .map(Reason::code)
                  .filter(c -> !c.document().equals("SYSTEM"))
                  .map(Enum::name)
                  .toList());
      Set<String> all = new HashSet<>(expectedCodes);
      all.addAll(actualCodes);
      for (String code : all) {
        int[] s = reasons.computeIfAbsent(code, k -> new int[3]);
        boolean e = expectedCodes.contains(code);
        boolean a = actualCodes.contains(code);
        s[e && a ? 0 : a ? 1 : 2]++;
      }
      int[] front = FieldScoring.score(v, truth, fields);
      group(
          byRenderer, truth.path("frontRenderer").asText("unrecorded"), expected == actual, front);
      group(byPhoto, truth.path("photo").asText("unrecorded"), expected == actual, front);
    }

    private static void group(Map<String, int[]> groups, String key, boolean right, int[] front) {
      int[] g = groups.computeIfAbsent(key, k -> new int[4]);
      g[0]++;
      g[1] += right ? 1 : 0;
      g[2] += front[0];
      g[3] += front[1];
    }

    private static Map<String, Evaluation.GroupScore> groups(Map<String, int[]> groups) {
      Map<String, Evaluation.GroupScore> m = new TreeMap<>();
      groups.forEach((k, g) -> m.put(k, new Evaluation.GroupScore(g[0], g[1], g[2], g[3])));
      return m;
    }

    Evaluation result(int count, double seconds) {
      List<Long> sorted = latencies.stream().sorted().toList();
      Map<String, Evaluation.ReasonScore> r = new TreeMap<>();
      reasons.forEach((k, s) -> r.put(k, new Evaluation.ReasonScore(s[0], s[1], s[2])));
      Map<String, Evaluation.FieldScore> f = new TreeMap<>();
      fields.forEach((k, s) -> f.put(k, new Evaluation.FieldScore(s[0], s[1])));
      return new Evaluation(
          count,
          confusion,
          falseApprovals,
          falseRejections,
          count == 0 ? 0 : (double) correct / count,
          decidable == 0 ? 0 : (double) automated / decidable,
          r,
          f,
          new Evaluation.Latency(
              percentile(sorted, 50),
              percentile(sorted, 95),
              sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1)),
          seconds == 0 ? 0 : count / seconds,
          mistakes,
          groups(byRenderer),
          groups(byPhoto));
    }
  }
}
