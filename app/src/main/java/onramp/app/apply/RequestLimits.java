package onramp.app.apply;

import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Fixed-window request limits for the anonymous applicant flow, counted in PostgreSQL (table {@code
 * request_limit}) so that every instance agrees: one atomic upsert per hit, no lock held between
 * requests. Limits per hour, from {@code onramp.apply.*}: sign-ups per client address, uploads and
 * submissions per application and per client address.
 */
@Repository
public class RequestLimits {
  private static final Duration WINDOW = Duration.ofHours(1);
  private final JdbcClient jdbc;
  private final int signUpsPerAddress;
  private final int uploadsPerApplication;
  private final int submitsPerApplication;
  private final int actionsPerAddress;

  RequestLimits(
      JdbcClient jdbc,
      @Value("${onramp.apply.sign-ups-per-address-hour:10}") int signUpsPerAddress,
      @Value("${onramp.apply.uploads-per-application-hour:30}") int uploadsPerApplication,
      @Value("${onramp.apply.submits-per-application-hour:5}") int submitsPerApplication,
      @Value("${onramp.apply.actions-per-address-hour:120}") int actionsPerAddress) {
    this.jdbc = jdbc;
    this.signUpsPerAddress = signUpsPerAddress;
    this.uploadsPerApplication = uploadsPerApplication;
    this.submitsPerApplication = submitsPerApplication;
    this.actionsPerAddress = actionsPerAddress;
  }

  /** Empty if the client may sign up now, else how long to wait. */
  public Optional<Duration> signUp(String address) {
    return hit("sign-up:" + address, signUpsPerAddress);
  }

  public Optional<Duration> upload(String address, Object application) {
    return hit("upload:" + application, uploadsPerApplication)
        .or(() -> hit("action:" + address, actionsPerAddress));
  }

  public Optional<Duration> submit(String address, Object application) {
    return hit("submit:" + application, submitsPerApplication)
        .or(() -> hit("action:" + address, actionsPerAddress));
  }

  private Optional<Duration> hit(String key, int limit) {
    long window = WINDOW.toSeconds();
    Hit hit =
        jdbc.sql(
                """
            INSERT INTO request_limit (key, window_start, hits) VALUES (:key, now(), 1)
            ON CONFLICT (key) DO UPDATE SET
              hits = CASE WHEN request_limit.window_start <= now() - make_interval(secs => :window)
                          THEN 1 ELSE request_limit.hits + 1 END,
              window_start = CASE WHEN request_limit.window_start <= now() - make_interval(secs => :window)
                          THEN now() ELSE request_limit.window_start END
            RETURNING hits,
              CEIL(EXTRACT(EPOCH FROM window_start + make_interval(secs => :window) - now()))::bigint AS seconds""")
            .param("key", key)
            .param("window", window)
            .query((rs, n) -> new Hit(rs.getInt("hits"), rs.getLong("seconds")))
            .single();
    return hit.hits() > limit
        ? Optional.of(Duration.ofSeconds(Math.max(1, hit.seconds())))
        : Optional.empty();
  }

  private record Hit(int hits, long seconds) {}
}
