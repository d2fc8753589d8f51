package onramp.onboarding.eval;

import java.util.List;
import java.util.Map;
import onramp.onboarding.Outcome;

/**
 * The scores of one evaluation run.
 *
 * @param confusion expected decision → actual decision → count
 * @param falseApprovals applications approved that should not have been (the number that matters
 *     most)
 * @param falseRejections applications rejected that should not have been
 * @param automationRate of the applications whose truth is APPROVED or REJECTED, the fraction
 *     decided without review
 * @param reasons per reason code: true positives, false positives, false negatives
 * @param fields per field group and source ("dl/barcode", "dlFront/front-ocr", "i9/form-field"…):
 *     correct / total
 * @param byRenderer decisions and front fields per licence-front renderer of truth.json ("classic",
 *     "specimen"; "unrecorded" for corpora written before it was recorded)
 * @param byPhoto decisions and front fields per photo severity of truth.json (the harder of the two
 *     licence photos)
 */
public record Evaluation(
    int applications,
    Map<Outcome, Map<Outcome, Integer>> confusion,
    List<String> falseApprovals,
    List<String> falseRejections,
    double decisionAccuracy,
    double automationRate,
    Map<String, ReasonScore> reasons,
    Map<String, FieldScore> fields,
    Latency latencyMs,
    double throughputPerSecond,
    List<String> mistakes,
    Map<String, GroupScore> byRenderer,
    Map<String, GroupScore> byPhoto) {

  /** The applications of one group: decisions right, and licence-front fields read right. */
  public record GroupScore(
      int applications, int correctDecisions, int frontFieldsCorrect, int frontFields) {
    public double decisionAccuracy() {
      return applications == 0 ? 1 : (double) correctDecisions / applications;
    }

    public double frontFieldAccuracy() {
      return frontFields == 0 ? 1 : (double) frontFieldsCorrect / frontFields;
    }
  }

  public record ReasonScore(int truePositives, int falsePositives, int falseNegatives) {
    public double precision() {
      return truePositives + falsePositives == 0
          ? 1
          : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
      return truePositives + falseNegatives == 0
          ? 1
          : (double) truePositives / (truePositives + falseNegatives);
    }
  }

  public record FieldScore(int correct, int total) {
    public double accuracy() {
      return total == 0 ? 1 : (double) correct / total;
    }
  }

  public record Latency(long p50, long p95, long max) {}
}
