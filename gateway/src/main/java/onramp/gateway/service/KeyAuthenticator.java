package onramp.gateway.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import onramp.gateway.keys.KeyStore;
import onramp.gateway.keys.VirtualKey;

/**
 * Finds the virtual key a request presents ({@code x-api-key}, or {@code Authorization: Bearer}). A
 * found key is remembered for {@code ttl} so a call costs no key lookup in the database; a
 * revocation therefore takes effect on every instance within {@code ttl}. Unknown secrets are never
 * remembered (a flood of made-up keys cannot fill memory).
 */
final class KeyAuthenticator {
  private static final int MAX_REMEMBERED = 10_000;

  private final KeyStore keys;
  private final Clock clock;
  private final Duration ttl;
  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

  private record Remembered(VirtualKey key, Instant until) {}

  KeyAuthenticator(KeyStore keys, Clock clock, Duration ttl) {
    this.keys = keys;
    this.clock = clock;
    this.ttl = ttl;
  }

  /** The active key presented, or the 401 that says why not. */
  VirtualKey authenticate(HttpCall call) {
    String secret =
        call.header("x-api-key")
            .or(
                () ->
                    call.header("authorization")
                        .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                        .map(h -> h.substring(7)))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .orElseThrow(
                () ->
                    new ServiceException(
                        ApiError.unauthenticated(
                            "no API key: send a virtual key (onr_…) in x-api-key or"
                                + " Authorization: Bearer; ask your team's admin for one")));
    Instant now = clock.instant();
    Remembered r = remembered.get(secret);
    VirtualKey key;
    if (r != null && r.until().isAfter(now)) {
      key = r.key();
    } else {
      Optional<VirtualKey> found = keys.find(secret);
      if (found.isEmpty()) {
        remembered.remove(secret);
        throw new ServiceException(
            ApiError.unauthenticated("invalid API key: no such virtual key (check for typos)"));
      }
      key = found.get();
      if (remembered.size() >= MAX_REMEMBERED) {
        remembered.clear();
      }
      remembered.put(secret, new Remembered(key, now.plus(ttl)));
    }
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    if (key.revoked().isPresent()) {
      throw new ServiceException(
          ApiError.unauthenticated(
              "API key " + key.hint() + "… was revoked on " + key.revoked().get()));
    }
    if (!key.activeOn(today)) {
      throw new ServiceException(
          ApiError.unauthenticated(
              "API key "
                  + key.hint()
                  + "… expired after "
                  + key.grant().expires().orElseThrow()
                  + "; ask for a new one"));
    }
    return key;
  }
}
