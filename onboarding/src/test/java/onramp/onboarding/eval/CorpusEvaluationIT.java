package onramp.onboarding.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import onramp.documents.specimen.Split;
import onramp.onboarding.TestReaders;
import onramp.onboarding.corpus.CorpusWriter;
import onramp.onboarding.corpus.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation harness as a regression gate, on the held-out split: a corpus of other people
 * (seed {@value #SEED}, never used while tuning), 70% of its fronts drawn by the independently
 * written specimen renderer in all its layouts (five of them never seen in development), HARSH
 * photos and the harder scenarios included. Verified with the truth hidden, it must keep the floors
 * below, each set under what the held-out corpus of 200 measured (README, "Measured").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusEvaluationIT {
  static final int COUNT = Scenario.values().length * 2;
  static final long SEED = 2001;

  Evaluation result;

  @BeforeAll
  void evaluateASmallCorpus(@TempDir Path corpus) throws InterruptedException {
    CorpusWriter.write(corpus, COUNT, SEED, LocalDate.of(2026, 11, 27), Split.HELD_OUT, i -> {});
    result = new Evaluator(TestReaders.verifier(), 2).evaluate(corpus, i -> {});
  }

  @Test
  void neverApprovesAnApplicationThatShouldNotBe() {
    assertThat(result.applications()).isEqualTo(COUNT);
    assertThat(result.falseApprovals()).isEmpty();
  }

  @Test
  void neverRejectsAnApplicationThatShouldNotBe() {
    assertThat(result.falseRejections()).isEmpty();
  }

  /**
   * Form fields are exact; barcode fields come from photos, a few of them HARSH (a barcode that
   * cannot be decoded counts every field as wrong): a floor, measured on the held-out 200.
   */
  @Test
  void readsTheBarcodeAndFormFields() {
    assertThat(present(result.fields(), "dl/barcode").accuracy())
        .isGreaterThanOrEqualTo(BARCODE_FIELDS_FLOOR);
    assertThat(present(result.fields(), "i9/form-field").accuracy()).isEqualTo(1.0);
  }

  /**
   * Every reason found from the I-9 and the signup is found every time. Reasons that need a
   * photographed licence to be read (DL_*) have a floor: when a HARSH photo cannot be read the
   * application still goes to review (no false approval above), so their recall is not 1.0.
   */
  @Test
  void findsTheReasonOfEveryFailureScenario() {
    for (Scenario s : Scenario.values()) {
      s.codes()
          .forEach(
              code ->
                  assertThat(present(result.reasons(), code.name()).recall())
                      .as("recall of %s", code)
                      .isGreaterThanOrEqualTo(
                          code.name().startsWith("DL_") ? PHOTO_REASON_RECALL_FLOOR : 1.0));
    }
  }

  /**
   * Floors under the held-out figures. Decisions do not depend on machine load (work budgets are
   * CPU time), so this cannot flake on a busy CI machine; it fails when a change costs decisions.
   */
  @Test
  void keepsDecisionAccuracyAndAutomationAboveTheirFloors() {
    assertThat(result.decisionAccuracy())
        .as("decision accuracy; mistakes: %s", result.mistakes())
        .isGreaterThanOrEqualTo(ACCURACY_FLOOR);
    assertThat(result.automationRate()).as("automation").isGreaterThanOrEqualTo(AUTOMATION_FLOOR);
  }

  /*
   * Measured 2026-12-02 on this corpus (seed 2001, 56 applications, 2-core machine without AVX2):
   * accuracy 0.857 (48/56), automation 0.789, barcode fields 1.000, DL_FRONT_BACK_MISMATCH recall 0.714,
   * no false approval or rejection. On the held-out 200 (seed 1001): 0.955, 0.932, 0.995, 0.864. The
   * floors sit under the smaller of the two, with room for Tesseract's machine-to-machine wobble.
   */
  static final double ACCURACY_FLOOR = 0.80;
  static final double AUTOMATION_FLOOR = 0.70;
  static final double BARCODE_FIELDS_FLOOR = 0.95;
  static final double PHOTO_REASON_RECALL_FLOOR = 0.5;

  /** The value under {@code key}, asserted to be there. */
  private static <V> V present(Map<String, V> map, String key) {
    assertThat(map).containsKey(key);
    return Objects.requireNonNull(map.get(key));
  }
}
