package onramp.documents.front;

import static org.assertj.core.api.Assertions.assertThat;

import onramp.documents.Confidence;
import onramp.documents.Evidence;
import onramp.documents.Source;
import org.junit.jupiter.api.Test;

/**
 * The card and the whole photo read the same field: agreement keeps the surer, disagreement is
 * unsure.
 */
class FrontReaderMergeTest {
  private static Evidence<String> ocr(String value, double confidence) {
    return Evidence.of(value, Source.FRONT_OCR, confidence);
  }

  @Test
  void agreeingReadingsKeepTheSurerOne() {
    assertThat(FrontReader.reconcile(ocr("FATIMA", 0.7), ocr("FATIMA", 0.95)).confidence())
        .isEqualTo(0.95);
  }

  @Test
  void disagreeingReadingsMakeTheFieldUnsure() {
    Evidence<String> merged = FrontReader.reconcile(ocr("CEDAR", 0.965), ocr("FATIMA", 0.93));
    assertThat(merged.value()).isEqualTo("CEDAR");
    assertThat(merged.confidence()).isEqualTo(Confidence.DISAGREEING);
    assertThat(FrontReader.reconcile(ocr("CEDAR", 0.85), ocr("FATIMA", 0.82)).confidence())
        .isEqualTo(0.5);
  }

  @Test
  void aWeakReadingDoesNotOverruleASureOne() {
    assertThat(FrontReader.reconcile(ocr("OKAFOR", 0.95), ocr("0KAF0R", 0.6)).confidence())
        .isEqualTo(0.95);
    assertThat(FrontReader.reconcile(ocr("CEDAR", 0.4), ocr("FATIMA", 0.2)).confidence())
        .isEqualTo(0.4);
  }
}
