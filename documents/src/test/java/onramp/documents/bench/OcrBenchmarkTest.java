package onramp.documents.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import onramp.documents.front.SharedFrontReader;
import org.junit.jupiter.api.Test;

class OcrBenchmarkTest {
  @Test
  void reportsTimePercentilesAndExactFields() {
    assertTrue(
        SharedFrontReader.get().availability().available(),
        SharedFrontReader.get().availability().reason());

    String report = OcrBenchmark.run(SharedFrontReader.get(), 3, 1L);

    assertThat(report).contains("3 cards", "p50", "p95", "fields read exactly", "DATE_OF_BIRTH");
  }

  @Test
  void percentilesComeFromTheSortedTimes() {
    long[] sorted = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};

    assertThat(OcrBenchmark.percentile(sorted, 50)).isEqualTo(50);
    assertThat(OcrBenchmark.percentile(sorted, 95)).isEqualTo(100);
    assertThat(OcrBenchmark.percentile(new long[0], 50)).isZero();
  }
}
