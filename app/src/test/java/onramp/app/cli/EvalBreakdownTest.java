package onramp.app.cli;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import onramp.onboarding.eval.Evaluation;
import org.junit.jupiter.api.Test;

/** eval's table and JSON carry the accuracy by front renderer and by photo severity. */
class EvalBreakdownTest {
  static Evaluation evaluation() {
    return new Evaluation(
        4,
        Map.of(),
        List.of(),
        List.of(),
        0.75,
        1.0,
        Map.of(),
        Map.of(),
        new Evaluation.Latency(1, 2, 3),
        1.0,
        List.of(),
        Map.of(
            "classic",
            new Evaluation.GroupScore(2, 2, 18, 18),
            "specimen",
            new Evaluation.GroupScore(2, 1, 9, 18)),
        Map.of("HARSH", new Evaluation.GroupScore(1, 0, 3, 9)));
  }

  @Test
  void jsonKeepsItsKeysAndAddsTheBreakdowns() {
    Map<String, Object> m = EvalCommand.summary(evaluation());
    assertThat(m)
        .containsKeys(
            "applications",
            "falseApprovals",
            "falseRejections",
            "decisionAccuracy",
            "automationRate",
            "latencyMs",
            "throughputPerSecond",
            "byRenderer",
            "byPhoto");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> r =
        requireNonNull((Map<String, Map<String, Object>>) m.get("byRenderer"));
    assertThat(r.get("specimen"))
        .containsEntry("decisionAccuracy", 0.5)
        .containsEntry("frontFieldAccuracy", 0.5);
  }

  @Test
  void tablePrintsARowPerRendererAndPhoto() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EvalCommand.table(evaluation(), new PrintStream(out, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains("renderer specimen")
        .contains("renderer classic")
        .contains("photo HARSH");
  }
}
