package onramp.app.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Recomputes the audit trail's hash chain (migration V4) here, independently of the database's
 * trigger: each row's hash must be sha256(previous row's hash || its content), rows numbered 1, 2,
 * 3… without a gap. A row changed, removed or inserted behind the trigger's back breaks the chain
 * at that row.
 */
@Repository
public class AuditChain {
  private static final byte[] GENESIS = new byte[32];
  private final JdbcClient jdbc;

  AuditChain(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public static AuditChain on(DataSource dataSource) {
    return new AuditChain(JdbcClient.create(dataSource));
  }

  /** How the check went: rows checked, and the first broken link if any. */
  public record Result(long rows, Optional<String> firstBreak) {
    public boolean intact() {
      return firstBreak.isEmpty();
    }
  }

  public Result verify() {
    MessageDigest sha = sha256();
    AtomicReference<byte[]> prev = new AtomicReference<>(GENESIS);
    long[] expected = {1};
    AtomicReference<String> broken = new AtomicReference<>();
    jdbc.sql(
            """
            SELECT id, seq, (extract(epoch FROM at) * 1000000)::bigint AS at_us, actor, action,
                   subject, details::text AS details, prev_hash, hash
            FROM audit_event ORDER BY seq
            """)
        .query(
            rs -> {
              if (broken.get() != null) {
                return;
              }
              long seq = rs.getLong("seq");
              long id = rs.getLong("id");
              String where = "audit event " + id + " (link " + seq + ")";
              if (seq != expected[0]) {
                broken.set(
                    where
                        + ": link "
                        + expected[0]
                        + " is missing; an event was removed or renumbered");
                return;
              }
              String content =
                  String.join(
                      "\n",
                      Long.toString(seq),
                      Long.toString(rs.getLong("at_us")),
                      rs.getString("actor"),
                      rs.getString("action"),
                      rs.getString("subject"),
                      rs.getString("details"));
              sha.reset();
              sha.update(prev.get());
              sha.update(content.getBytes(StandardCharsets.UTF_8));
              byte[] computed = sha.digest();
              if (!Arrays.equals(rs.getBytes("prev_hash"), prev.get())) {
                broken.set(where + ": does not link to the event before it");
              } else if (!Arrays.equals(rs.getBytes("hash"), computed)) {
                broken.set(
                    where
                        + ": its content does not match its hash (stored "
                        + HexFormat.of().formatHex(rs.getBytes("hash"), 0, 8)
                        + "…, computed "
                        + HexFormat.of().formatHex(computed, 0, 8)
                        + "…); it was changed after it was written");
              }
              prev.set(computed);
              expected[0]++;
            });
    return new Result(expected[0] - 1, Optional.ofNullable(broken.get()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
