package onramp.gateway.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MaskingBenchmarkTest {

  @Test
  void reportsThroughputAndWhatWasMasked() {
    String report = MaskingBenchmark.run(1, 7);

    assertThat(report)
        .matches(
            "(?s)masking: 1\\.0 MB \\(\\d+ requests\\), best of 3 passes: .* MB/s wall, .* MB/s per CPU second.*")
        .contains("SSN=", "EMAIL=", "PERSON=", "CREDIT_CARD=");
  }

  @Test
  void refusesLessThanOneMegabyte() {
    assertThatThrownBy(() -> MaskingBenchmark.run(0, 7)).hasMessageContaining("at least 1");
  }
}
