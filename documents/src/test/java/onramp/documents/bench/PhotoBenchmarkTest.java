package onramp.documents.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import onramp.documents.front.SharedFrontReader;
import onramp.documents.synthetic.Severity;
import org.junit.jupiter.api.Test;

/** Fronts photographed on a desk, measured: most mild photos confirm the card's key fields. */
class PhotoBenchmarkTest {
  /**
   * Measured: 8 of 10 confirmed with the locator and date order (3 of 10 before either). The floor
   * leaves room for Tesseract's build-to-build wobble.
   */
  private static final int MILD_CONFIRMED_FLOOR = 6;

  @Test
  void confirmsMostMildPhotos() {
    assertTrue(
        SharedFrontReader.get().availability().available(),
        SharedFrontReader.get().availability().reason());

    PhotoBenchmark.Result result =
        PhotoBenchmark.measure(SharedFrontReader.get(), 10, 11L, Severity.MILD);

    assertThat(result.confirmed()).isGreaterThanOrEqualTo(MILD_CONFIRMED_FLOOR);
    assertThat(result.fieldRate()).isGreaterThan(0.7);
  }
}
