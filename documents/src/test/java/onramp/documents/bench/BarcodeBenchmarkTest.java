package onramp.documents.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BarcodeBenchmarkTest {
  @Test
  void reportsRateAndTimesForEverySeverityWithoutWrongText() {
    String report = BarcodeBenchmark.run(8, 3);

    assertThat(report)
        .contains("CLEAN", "MILD", "HARSH", "UNREADABLE", "p95 ms", "cpu p95")
        .contains("wrong text returned: 0");
    assertThat(report.lines().filter(l -> l.startsWith("CLEAN")).findFirst().orElseThrow())
        .contains("100%");
    assertThat(report.lines().filter(l -> l.startsWith("UNREADABLE")).findFirst().orElseThrow())
        .contains(" 0%");
  }

  @Test
  void needsAtLeastOneImagePerSeverity() {
    assertThatThrownBy(() -> BarcodeBenchmark.run(3, 1))
        .hasMessageContaining("at least one image per severity");
  }
}
