package onramp.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy =
      new RetryPolicy(5, Duration.ofMillis(400), Duration.ofSeconds(2), Duration.ofSeconds(30));
  private final Random random = new Random();

  @RepeatedTest(20)
  void backsOffExponentiallyWithJitterUpToTheMaximum() {
    assertThat(policy.delay(1, Optional.empty(), random).orElseThrow())
        .isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
    assertThat(policy.delay(2, Optional.empty(), random).orElseThrow())
        .isBetween(Duration.ofMillis(400), Duration.ofMillis(800));
    assertThat(policy.delay(4, Optional.empty(), random).orElseThrow())
        .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(policy.delay(30, Optional.empty(), random).orElseThrow())
        .isLessThanOrEqualTo(Duration.ofSeconds(2));
  }

  @RepeatedTest(20)
  void waitsAtLeastTheVendorsRetryAfter() {
    Duration d = policy.delay(1, Optional.of(Duration.ofSeconds(10)), random).orElseThrow();

    assertThat(d).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(11));
  }

  @Test
  void givesUpWhenTheVendorAsksToWaitTooLong() {
    assertThat(policy.delay(1, Optional.of(Duration.ofMinutes(5)), random)).isEmpty();
  }
}
