package onramp.gateway.metering;

import java.math.BigDecimal;

/**
 * A model's list price in US dollars per million tokens. Cache and batch prices derive from these
 * by the vendor's published multipliers (see {@link PriceTable}).
 */
public record ModelPrice(BigDecimal inputPerMTok, BigDecimal outputPerMTok) {
  public ModelPrice {
    if (inputPerMTok.signum() < 0 || outputPerMTok.signum() < 0) {
      throw new IllegalArgumentException("prices cannot be negative");
    }
  }

  public static ModelPrice of(String inputPerMTok, String outputPerMTok) {
    return new ModelPrice(new BigDecimal(inputPerMTok), new BigDecimal(outputPerMTok));
  }
}
