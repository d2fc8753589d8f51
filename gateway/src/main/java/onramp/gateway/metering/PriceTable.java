package onramp.gateway.metering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import onramp.gateway.GatewayConfigException;
import onramp.gateway.Usage;

/**
 * Prices per gateway model name; computes exact costs in {@link BigDecimal} (no rounding until
 * {@link #toCents}). Multipliers of the input price: cache write 5 minutes 1.25×, cache write 1
 * hour 2×, cache read 0.1×; the batch tier halves everything.
 */
public final class PriceTable {
  static final BigDecimal CACHE_WRITE_5M = new BigDecimal("1.25");
  static final BigDecimal CACHE_WRITE_1H = new BigDecimal("2");
  static final BigDecimal CACHE_READ = new BigDecimal("0.1");
  static final BigDecimal BATCH = new BigDecimal("0.5");
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  /** Standard (synchronous) or batch pricing. */
  public enum Tier {
    STANDARD,
    BATCH
  }

  private final Map<String, ModelPrice> prices;

  private PriceTable(Map<String, ModelPrice> prices) {
    this.prices = Map.copyOf(prices);
  }

  public static PriceTable of(Map<String, ModelPrice> prices) {
    return new PriceTable(prices);
  }

  public Optional<ModelPrice> price(String model) {
    return Optional.ofNullable(prices.get(model));
  }

  /** The exact cost of a call in dollars. */
  public BigDecimal cost(String model, Usage usage, Tier tier) {
    ModelPrice p = require(model);
    BigDecimal in = p.inputPerMTok();
    BigDecimal microDollars =
        in.multiply(BigDecimal.valueOf(usage.input()))
            .add(in.multiply(CACHE_WRITE_5M).multiply(BigDecimal.valueOf(usage.cacheWrite5m())))
            .add(in.multiply(CACHE_WRITE_1H).multiply(BigDecimal.valueOf(usage.cacheWrite1h())))
            .add(in.multiply(CACHE_READ).multiply(BigDecimal.valueOf(usage.cacheRead())))
            .add(p.outputPerMTok().multiply(BigDecimal.valueOf(usage.output())));
    BigDecimal dollars = microDollars.divide(MILLION);
    return (tier == Tier.BATCH ? dollars.multiply(BATCH) : dollars).stripTrailingZeros();
  }

  public BigDecimal cost(String model, Usage usage) {
    return cost(model, usage, Tier.STANDARD);
  }

  /**
   * The most a call can cost: every input token billed at the highest input rate (1-hour cache
   * write) plus every allowed output token.
   */
  public BigDecimal worstCase(String model, long inputTokenBound, int maxTokens) {
    ModelPrice p = require(model);
    return p.inputPerMTok()
        .multiply(CACHE_WRITE_1H)
        .multiply(BigDecimal.valueOf(inputTokenBound))
        .add(p.outputPerMTok().multiply(BigDecimal.valueOf(maxTokens)))
        .divide(MILLION)
        .stripTrailingZeros();
  }

  /** Dollars rounded half-up to the cent, for reports. */
  public static BigDecimal toCents(BigDecimal dollars) {
    return dollars.setScale(2, RoundingMode.HALF_UP);
  }

  private ModelPrice require(String model) {
    ModelPrice p = prices.get(model);
    if (p == null) {
      throw new GatewayConfigException(
          "no price for model " + model + "; add it under 'prices' in the gateway configuration");
    }
    return p;
  }
}
