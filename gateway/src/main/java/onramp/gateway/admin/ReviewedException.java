package onramp.gateway.admin;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import onramp.gateway.policy.ExceptionGrant;

/**
 * An exception decision as stored: granted, refused, or granted and later revoked.
 *
 * @param decidedAt when it was recorded
 * @param revocation who revoked it and when; present exactly when {@code status} is REVOKED
 */
public record ReviewedException(
    UUID id,
    ExceptionDecision decision,
    ExceptionStatus status,
    Instant decidedAt,
    Optional<Revocation> revocation) {

  public ReviewedException {
    if (status != ExceptionStatus.REFUSED && decision.expires().isEmpty()) {
      throw new IllegalArgumentException(
          "a granted exception needs an expiry date: ML review grants exceptions for a while,"
              + " not for ever");
    }
    if ((status == ExceptionStatus.REVOKED) != revocation.isPresent()) {
      throw new IllegalArgumentException(
          "only a revoked exception says who revoked it (status " + status + ")");
    }
  }

  /** The grant the policy applies, while this exception is granted. */
  public Optional<ExceptionGrant> grant() {
    if (status != ExceptionStatus.GRANTED) {
      return Optional.empty();
    }
    return Optional.of(
        new ExceptionGrant(
            decision.vendor(),
            decision.model(),
            decision.purpose(),
            decision.approver(),
            decision.ticket(),
            decision.expires().orElseThrow()));
  }

  /** The same exception, revoked. */
  ReviewedException revoked(Revocation by) {
    return new ReviewedException(id, decision, ExceptionStatus.REVOKED, decidedAt, Optional.of(by));
  }
}
