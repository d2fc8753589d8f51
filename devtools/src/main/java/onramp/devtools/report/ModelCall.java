package onramp.devtools.report;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The model's part of a review: which model, the tokens it read and wrote, and what it cost when
 * the gateway priced it.
 */
public record ModelCall(
    String model, long inputTokens, long outputTokens, Optional<BigDecimal> costUsd) {
  public ModelCall {
    if (inputTokens < 0 || outputTokens < 0) {
      throw new IllegalArgumentException(
          "token counts cannot be negative: " + inputTokens + " in, " + outputTokens + " out");
    }
  }
}
