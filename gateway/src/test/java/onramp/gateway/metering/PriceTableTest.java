package onramp.gateway.metering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import onramp.gateway.Usage;
import onramp.gateway.metering.PriceTable.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceTableTest {
  // Sonnet-like $3 / $15 per MTok; Haiku-like $0.80 / $4 per MTok
  private final PriceTable prices =
      PriceTable.of(
          Map.of("sonnet", ModelPrice.of("3", "15"), "haiku", ModelPrice.of("0.80", "4")));

  @ParameterizedTest(name = "{0}: in={1} out={2} read={3} w5m={4} w1h={5} {6} costs ${7}")
  @CsvSource({
    // 1M input × $3 = $3
    "sonnet, 1000000, 0, 0, 0, 0, STANDARD, 3",
    // 1M output × $15 = $15
    "sonnet, 0, 1000000, 0, 0, 0, STANDARD, 15",
    // cache read 0.1 × $3 = $0.30 per MTok
    "sonnet, 0, 0, 1000000, 0, 0, STANDARD, 0.3",
    // 5-minute write 1.25 × $3 = $3.75
    "sonnet, 0, 0, 0, 1000000, 0, STANDARD, 3.75",
    // 1-hour write 2 × $3 = $6
    "sonnet, 0, 0, 0, 0, 1000000, STANDARD, 6",
    // 1234 × 3 + 567 × 15 + 8901 × 0.3 + 2345 × 3.75 + 678 × 6 = 3702 + 8505 + 2670.3 + 8793.75 +
    // 4068 = 27739.05 µ$
    "sonnet, 1234, 567, 8901, 2345, 678, STANDARD, 0.02773905",
    // the same in batch: half
    "sonnet, 1234, 567, 8901, 2345, 678, BATCH, 0.013869525",
    // haiku 10k in × 0.80 + 2k out × 4 = 8000 + 8000 µ$ = $0.016; read 50k × 0.08 = 4000 µ$
    "haiku, 10000, 2000, 50000, 0, 0, STANDARD, 0.02",
  })
  void computesExactCosts(
      String model, long in, long out, long read, long w5m, long w1h, Tier tier, String expected) {
    BigDecimal cost = prices.cost(model, new Usage(in, out, read, w5m, w1h), tier);

    assertThat(cost).isEqualByComparingTo(expected);
  }

  @Test
  void roundsToTheCentHalfUp() {
    assertThat(PriceTable.toCents(new BigDecimal("0.02773905"))).isEqualByComparingTo("0.03");
    assertThat(PriceTable.toCents(new BigDecimal("0.005"))).isEqualByComparingTo("0.01");
    assertThat(PriceTable.toCents(new BigDecimal("0.0049"))).isEqualByComparingTo("0.00");
  }

  @Test
  void worstCaseBillsInputAtTheOneHourWriteRateAndEveryOutputToken() {
    // 1000 × $6 + 500 × $15 per MTok = 6000 + 7500 µ$
    assertThat(prices.worstCase("sonnet", 1000, 500)).isEqualByComparingTo("0.0135");
  }

  @Test
  void neverUnderestimatesTheActualCost() {
    Usage worst = new Usage(0, 500, 0, 0, 1000);

    assertThat(prices.worstCase("sonnet", 1000, 500))
        .isGreaterThanOrEqualTo(prices.cost("sonnet", worst));
  }
}
