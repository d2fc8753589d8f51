package onramp.app.gatewayadmin;

import java.time.Instant;
import java.time.LocalDate;
import onramp.gateway.admin.ExceptionDecision;
import onramp.gateway.admin.ExceptionStatus;
import onramp.gateway.admin.ReviewedException;
import onramp.gateway.admin.Revocation;
import onramp.gateway.policy.ExceptionGrant;
import org.jspecify.annotations.Nullable;

/**
 * An exception as the page and the API show it: one ML review recorded here, or one {@code
 * gateway.yaml} grants (which only editing the file changes).
 *
 * @param id the recorded exception's id; absent for one from {@code gateway.yaml}
 * @param source {@code ml-review} or {@code gateway.yaml}
 * @param expired a grant whose last day has passed
 */
public record ExceptionRow(
    @Nullable String id,
    String source,
    String status,
    String vendor,
    String model,
    String purpose,
    String approver,
    String ticket,
    @Nullable LocalDate expires,
    boolean expired,
    @Nullable String note,
    @Nullable Instant decidedAt,
    @Nullable String revokedBy,
    @Nullable Instant revokedAt) {

  static ExceptionRow of(ReviewedException e, LocalDate today) {
    ExceptionDecision d = e.decision();
    return new ExceptionRow(
        e.id().toString(),
        "ml-review",
        e.status().name(),
        d.vendor().id(),
        d.model(),
        d.purpose(),
        d.approver(),
        d.ticket(),
        d.expires().orElse(null),
        e.status() == ExceptionStatus.GRANTED && d.expires().map(today::isAfter).orElse(false),
        d.note().orElse(null),
        e.decidedAt(),
        e.revocation().map(Revocation::by).orElse(null),
        e.revocation().map(Revocation::at).orElse(null));
  }

  static ExceptionRow configured(ExceptionGrant g, LocalDate today) {
    return new ExceptionRow(
        null,
        "gateway.yaml",
        ExceptionStatus.GRANTED.name(),
        g.vendor().id(),
        g.model(),
        g.purpose(),
        g.approver(),
        g.ticket(),
        g.expires(),
        today.isAfter(g.expires()),
        null,
        null,
        null,
        null);
  }

  /** Whether it can be revoked here: granted by ML review and not yet revoked. */
  public boolean revocable() {
    return id != null && ExceptionStatus.GRANTED.name().equals(status);
  }
}
