package onramp.gateway.keys;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A virtual key as stored: never its secret, only the first characters to recognise it by.
 *
 * @param hint the secret's first 12 characters ({@code onr_AbCd1234}), for lists and audit
 */
public record VirtualKey(
    UUID id, String hint, KeyGrant grant, Instant created, Optional<Instant> revoked) {

  /** Whether the key works on {@code today} (UTC): not revoked, not past its last day. */
  public boolean activeOn(LocalDate today) {
    return revoked.isEmpty() && grant.expires().map(last -> !today.isAfter(last)).orElse(true);
  }
}
