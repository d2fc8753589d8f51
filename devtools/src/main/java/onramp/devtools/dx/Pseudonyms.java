package onramp.devtools.dx;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Engineers as keyed pseudonyms: HMAC-SHA-256 of the lower-cased login under a random key made on
 * first use and kept in the database. Enough to count distinct active engineers per team; a plain
 * hash would not do, since logins are easy to guess and hash.
 */
final class Pseudonyms {
  private static final String KEY = "engineer-pseudonym";

  private final byte[] key;

  private Pseudonyms(byte[] key) {
    this.key = key.clone();
  }

  static Pseudonyms load(Connection c, Instant now) throws SQLException {
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    try (PreparedStatement put =
        c.prepareStatement(
            "INSERT INTO dx_secret (name, value, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
      put.setString(1, KEY);
      put.setBytes(2, fresh);
      put.setTimestamp(3, Timestamp.from(now));
      put.executeUpdate();
    }
    try (PreparedStatement get = c.prepareStatement("SELECT value FROM dx_secret WHERE name = ?")) {
      get.setString(1, KEY);
      try (ResultSet rs = get.executeQuery()) {
        rs.next();
        return new Pseudonyms(rs.getBytes(1));
      }
    }
  }

  String of(String engineer) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] h =
          mac.doFinal(engineer.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
