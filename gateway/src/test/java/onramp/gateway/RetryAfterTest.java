package onramp.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryAfterTest {

  @ParameterizedTest(name = "retry-after={0}, retry-after-ms={1} -> {2} ms")
  @CsvSource({"7, , 7000", "1.5, , 1500", "7, 250, 250", "soon, , -1", ", , -1", "-3, , -1"})
  void readsSecondsAndMilliseconds(String seconds, String millis, long expectedMs) {
    Optional<Duration> d =
        RetryAfter.parse(Optional.ofNullable(seconds), Optional.ofNullable(millis));

    assertThat(d.map(Duration::toMillis).orElse(-1L)).isEqualTo(expectedMs);
  }

  @Test
  void readsAnHttpDate() {
    String in30s =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(30));

    Duration d = RetryAfter.parse(Optional.of(in30s), Optional.empty()).orElseThrow();

    assertThat(d).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30));
  }
}
