package onramp.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import onramp.gateway.bench.load.LoadSettings;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTest {

  private static BenchCommand parsed(String... args) {
    BenchCommand bench = new BenchCommand();
    new CommandLine(bench).parseArgs(args);
    return bench;
  }

  @Test
  void gatewayLoadOptionsBecomeTheRunsSettings() {
    LoadSettings s =
        parsed(
                "gateway-load",
                "--rate",
                "500",
                "--seconds",
                "30",
                "--sweep",
                "100,0,50",
                "--budgets",
                "memory",
                "--out",
                "runs/x")
            .loadSettings();

    assertThat(s.rate()).isEqualTo(500);
    assertThat(s.seconds()).isEqualTo(30);
    assertThat(s.sweepRates()).containsExactly(50, 100);
    assertThat(s.sweepSeconds()).isEqualTo(5);
    assertThat(s.budgetsInMemory()).isTrue();
    assertThat(s.out()).isEqualTo(Path.of("runs/x"));
  }

  @Test
  void aSmokeRunKeepsTheDefaultsAndShortensWarmUpAndSweepSteps() {
    LoadSettings s = parsed("gateway-load", "--seconds", "5").loadSettings();

    assertThat(s.rate()).isEqualTo(1000);
    assertThat(s.warmupSeconds()).isEqualTo(2);
    assertThat(s.sweepSeconds()).isEqualTo(2);
    assertThat(s.sweepRates()).isEqualTo(LoadSettings.DEFAULT_SWEEP);
    assertThat(s.budgetsInMemory()).isFalse();
  }

  @Test
  void aSweepOfZeroMeansNoSweep() {
    assertThat(parsed("gateway-load", "--sweep", "0").loadSettings().sweepRates())
        .isEqualTo(List.of());
  }

  @Test
  void refusesAnUnknownBudgetStore() {
    BenchCommand bench = parsed("gateway-load", "--budgets", "redis");

    assertThatThrownBy(bench::loadSettings).hasMessageContaining("postgres or memory, not redis");
  }
}
