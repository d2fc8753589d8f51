package onramp.gateway.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import onramp.testkit.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load benchmark end to end, briefly and at a low rate: it produces numbers for every target
 * and the ledger balances. No timing is asserted (speed is what the benchmark reports).
 */
class LoadBenchmarkIT {

  @Test
  void measuresEveryTargetStreamsSweepsAndTheLedgerBalances(@TempDir Path out) throws Exception {
    assumeTrue(
        LoadTools.locate(true).isPresent(),
        LoadTools.HOW_TO_INSTALL + " (missing here, and apt-get could not install them)");
    LoadSettings settings = new LoadSettings(50, 3, 1, List.of(50), 2, 20, out, false);

    LoadReport report;
    try (TestDatabase db = new TestDatabase("gateway", "classpath:db/gateway");
        HikariDataSource pool = db.pool(10)) {
      report = LoadBenchmark.run(settings, pool);
    }

    assertThat(report.main())
        .extracting(LoadResult::target)
        .containsExactly("direct", "nginx", "gateway");
    assertThat(report.main())
        .allSatisfy(
            r -> {
              assertThat(r.requests()).isPositive();
              assertThat(r.latency().p50Us()).isPositive();
              assertThat(r.latency().maxUs()).isGreaterThanOrEqualTo(r.latency().p99Us());
            });
    assertThat(report.streaming().gateway().firstByte().count()).isEqualTo(20);
    assertThat(report.sweep())
        .extracting(LoadResult::target)
        .contains("direct", "nginx", "gateway");
    assertThat(report.breakdown().reserve().count()).isPositive();
    assertThat(report.cpu()).containsOnlyKeys("direct", "nginx", "gateway");
    assertThat(report.masking()).contains("[EMAIL");
    assertThat(report.ledgerFailures()).isEmpty();
    assertThat(report.ledger().audited())
        .isGreaterThanOrEqualTo(report.result("gateway").requests());
    assertThat(Files.readString(out.resolve("summary.md")))
        .contains("| gateway |", "## Ledger after the run", "The ledger balances.", "## Verdict");
    assertThat(Files.readString(out.resolve("results.json"))).contains("\"gatewayAdded\"");
    assertThat(out.resolve("nginx/nginx.conf")).exists();
  }
}
