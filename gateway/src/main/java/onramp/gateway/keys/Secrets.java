package onramp.gateway.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Key secrets: {@code onr_} and 32 random bytes (base64url), stored as SHA-256. A fast hash is
 * right here, unlike for passwords: the secret has 256 bits of entropy, so there is nothing to
 * guess, and every request is checked against it.
 */
final class Secrets {
  static final String PREFIX = "onr_";
  static final int HINT_LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String secret) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  static String hint(String secret) {
    return secret.substring(0, Math.min(HINT_LENGTH, secret.length()));
  }

  /** Whether {@code presented} is shaped like one of our secrets (cheap check before hashing). */
  static boolean wellFormed(String presented) {
    return presented.startsWith(PREFIX) && presented.length() == PREFIX.length() + 43;
  }
}
