package onramp.app.apply;

import java.util.Optional;
import java.util.UUID;
import onramp.app.system.encryption.DataKey;
import onramp.app.system.encryption.Envelope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds an application's data key (unwrapped by the key-encryption key). */
@Repository
public class ApplicationKeys {
  private final JdbcClient jdbc;
  private final Envelope envelope;

  ApplicationKeys(JdbcClient jdbc, Envelope envelope) {
    this.jdbc = jdbc;
    this.envelope = envelope;
  }

  public Optional<DataKey> of(UUID application) {
    return jdbc.sql(
            "SELECT wrapped_key, kek_id FROM application WHERE id = :id AND wrapped_key IS NOT NULL")
        .param("id", application)
        .query(
            (rs, n) ->
                envelope.unwrap(application, rs.getBytes("wrapped_key"), rs.getString("kek_id")))
        .optional();
  }

  public DataKey require(UUID application) {
    return of(application).orElseThrow(() -> new ApplicationNotFoundException(application));
  }
}
