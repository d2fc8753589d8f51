package onramp.workspace.files;

import static org.assertj.core.api.Assertions.assertThat;

import onramp.workspace.files.bench.FileTextBenchmark;
import org.junit.jupiter.api.Test;

/** The benchmark runs and reports; its numbers are measured by hand, never asserted. */
class FileTextBenchmarkTest {
  @Test
  void reportsMedianP95AndPagesPerSecondForBothFormats() {
    String report = FileTextBenchmark.run(1);

    assertThat(report)
        .contains("contract.pdf")
        .contains("contract.docx")
        .contains("50 pages' text, 209,936 chars")
        .containsPattern("median \\d+ ms, p95 \\d+ ms, max \\d+ ms; \\d+ pages/s");
  }
}
