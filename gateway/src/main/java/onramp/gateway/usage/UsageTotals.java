package onramp.gateway.usage;

import java.math.BigDecimal;
import java.util.Optional;
import onramp.gateway.Usage;

/**
 * Calls by outcome, tokens and exact dollars (the sum of the audit trail's {@code cost_usd}, never
 * rounded).
 */
public record UsageTotals(long ok, long refused, long failed, Usage tokens, BigDecimal costUsd) {
  public static final UsageTotals NONE = new UsageTotals(0, 0, 0, Usage.NONE, BigDecimal.ZERO);

  public UsageTotals {
    costUsd = costUsd.signum() == 0 ? BigDecimal.ZERO : costUsd.stripTrailingZeros();
  }

  public long calls() {
    return ok + refused + failed;
  }

  /** Tokens sent: input plus those read from and written to the prompt cache. */
  public long promptTokens() {
    return tokens.input() + tokens.cacheRead() + tokens.cacheWrite5m() + tokens.cacheWrite1h();
  }

  /** The share of prompt tokens read from the cache; empty when nothing was sent. */
  public Optional<Double> cacheReadShare() {
    long prompt = promptTokens();
    return prompt == 0 ? Optional.empty() : Optional.of((double) tokens.cacheRead() / prompt);
  }

  public UsageTotals plus(UsageTotals o) {
    Usage t = o.tokens;
    return new UsageTotals(
        ok + o.ok,
        refused + o.refused,
        failed + o.failed,
        new Usage(
            tokens.input() + t.input(),
            tokens.output() + t.output(),
            tokens.cacheRead() + t.cacheRead(),
            tokens.cacheWrite5m() + t.cacheWrite5m(),
            tokens.cacheWrite1h() + t.cacheWrite1h()),
        costUsd.add(o.costUsd));
  }
}
