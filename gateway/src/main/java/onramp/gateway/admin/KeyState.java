package onramp.gateway.admin;

import java.time.LocalDate;
import onramp.gateway.keys.VirtualKey;

/** Whether a virtual key works today, and if not, why. */
public enum KeyState {
  ACTIVE,
  REVOKED,
  EXPIRED;

  /** A revoked key reads REVOKED even after its expiry: the stronger fact. */
  public static KeyState of(VirtualKey key, LocalDate today) {
    if (key.revoked().isPresent()) {
      return REVOKED;
    }
    return key.activeOn(today) ? ACTIVE : EXPIRED;
  }

  /** The name as people read it: {@code active}, {@code revoked}, {@code expired}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
