package onramp.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import onramp.gateway.CircuitOpenException;
import onramp.gateway.MutableClock;
import onramp.gateway.Vendor;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
  private final CircuitBreaker breaker =
      new CircuitBreaker(Vendor.of("bedrock"), 3, Duration.ofSeconds(30), clock);

  private void fail(int times) {
    for (int i = 0; i < times; i++) {
      breaker.acquire();
      breaker.onFailure();
    }
  }

  @Test
  void staysClosedBelowTheThresholdAndASuccessResetsTheCount() {
    fail(2);
    breaker.acquire();
    breaker.onSuccess();
    fail(2);

    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void opensAfterConsecutiveFailuresAndFailsFast() {
    fail(3);

    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThatThrownBy(breaker::acquire)
        .isInstanceOf(CircuitOpenException.class)
        .hasMessageContaining("bedrock");
  }

  @Test
  void letsOneTrialThroughAfterTheOpenPeriod() {
    fail(3);
    clock.advance(Duration.ofSeconds(30));

    breaker.acquire();

    assertThatThrownBy(breaker::acquire).isInstanceOf(CircuitOpenException.class);
    breaker.onSuccess();
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void reopensWhenTheTrialFails() {
    fail(3);
    clock.advance(Duration.ofSeconds(31));
    breaker.acquire();

    breaker.onFailure();

    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
  }
}
