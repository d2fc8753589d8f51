package onramp.devtools.dx;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import onramp.devtools.Finding;

/**
 * One run of the review, as the measurements keep it.
 *
 * @param repository what the run reviewed (its origin URL or folder name)
 * @param team the engineer's team
 * @param engineer the engineer's login; stored only as a keyed pseudonym, to count active engineers
 * @param head the commit reviewed; empty when uncommitted changes were (then git history cannot
 *     tell later whether a finding was fixed)
 * @param findings in the order the report lists them: finding N is {@code findings.get(N - 1)}
 * @param usage the model call's tokens and cost; {@link Usage#NONE} when the model was off
 */
public record ReviewRun(
    String repository,
    String team,
    String engineer,
    Optional<String> head,
    Instant startedAt,
    Duration duration,
    List<Finding> findings,
    Usage usage) {

  public ReviewRun {
    findings = List.copyOf(findings);
    if (team.isBlank() || engineer.isBlank()) {
      throw new DxException("a review run needs a team and an engineer");
    }
  }

  /** Tokens and dollars of the run's model calls. */
  public record Usage(boolean modelUsed, long inputTokens, long outputTokens, BigDecimal costUsd) {
    public static final Usage NONE = new Usage(false, 0, 0, BigDecimal.ZERO);
  }
}
