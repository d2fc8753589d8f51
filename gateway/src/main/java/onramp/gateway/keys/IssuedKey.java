package onramp.gateway.keys;

/**
 * A key just made: the secret is here once, to hand to its owner, and is never stored or shown
 * again.
 */
public record IssuedKey(VirtualKey key, String secret) {
  @Override
  public String toString() {
    return "IssuedKey[" + key.hint() + "…]";
  }
}
