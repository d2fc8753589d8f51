package onramp.gateway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GatewayBenchmarkIT {

  @Test
  void reportsAddedLatencyForBothComparisonsAndMaskingThroughput() {
    String report = GatewayBenchmark.run(100);

    assertThat(report)
        .contains("fake server over HTTP (SDK): direct p50")
        .contains("in-process adapter: direct p50")
        .containsPattern("added p50 -?[0-9.]+ µs")
        .containsPattern("masking throughput: [0-9.]+ MB/s");
  }
}
