package onramp.workspace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Personal access tokens for the workspace API: {@code onr_pat_} and 40 random base-62 characters,
 * shown once; only their SHA-256 is stored. A token acts as its employee (team as last seen).
 */
public final class AccessTokens {
  static final String PREFIX = "onr_pat_";
  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final DataSource db;
  private final Clock clock;

  public AccessTokens(DataSource db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** A new token: {@code secret} is shown once and never stored. */
  public record Issued(String id, String secret, Optional<Instant> expiresAt) {}

  /** Issues a token for an employee (recorded with their team first). */
  public Issued issue(Employee who, String label, Optional<Instant> expiresAt) {
    new Employees(db, clock).seen(who);
    String id = "pat_" + random(12);
    String secret = PREFIX + random(40);
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO workspace_token (id, username, secret_sha256, label, created_at,"
                    + " expires_at) VALUES (?,?,?,?,?,?)")) {
      s.setString(1, id);
      s.setString(2, who.username());
      s.setBytes(3, sha256(secret));
      s.setString(4, label);
      s.setTimestamp(5, Timestamp.from(clock.instant()));
      s.setTimestamp(6, expiresAt.map(Timestamp::from).orElse(null));
      s.executeUpdate();
      return new Issued(id, secret, expiresAt);
    } catch (SQLException e) {
      throw new IllegalStateException("could not store the token (" + e.getMessage() + ")", e);
    }
  }

  /** The employee a token acts for, when it is known, unrevoked and unexpired. */
  public Optional<Employee> authenticate(String secret) {
    if (!secret.startsWith(PREFIX)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE workspace_token t SET last_used_at = ? FROM workspace_employee e"
                    + " WHERE t.secret_sha256 = ? AND t.revoked_at IS NULL"
                    + " AND (t.expires_at IS NULL OR t.expires_at > ?) AND e.username = t.username"
                    + " RETURNING e.username, e.team")) {
      s.setTimestamp(1, Timestamp.from(now));
      s.setBytes(2, sha256(secret));
      s.setTimestamp(3, Timestamp.from(now));
      try (ResultSet rs = s.executeQuery()) {
        return rs.next()
            ? Optional.of(new Employee(rs.getString(1), rs.getString(2), false))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not check the token (" + e.getMessage() + ")", e);
    }
  }

  /** Revokes one of an employee's tokens; false when there is no such token of theirs. */
  public boolean revoke(String username, String id) {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE workspace_token SET revoked_at = ? WHERE id = ? AND username = ?"
                    + " AND revoked_at IS NULL")) {
      s.setTimestamp(1, Timestamp.from(clock.instant()));
      s.setString(2, id);
      s.setString(3, username);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("could not revoke the token (" + e.getMessage() + ")", e);
    }
  }

  private static String random(int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  private static byte[] sha256(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
