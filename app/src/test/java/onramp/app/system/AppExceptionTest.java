package onramp.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppExceptionTest {
  static final class Missing extends AppException.NotFound {
    Missing() {
      super("There is no such thing; check the link.");
    }
  }

  static final class Down extends AppException.Unavailable {
    Down() {
      super("The vendor is down; the job tries again later.");
    }
  }

  static final class Corrupt extends AppException.Broken {
    Corrupt() {
      super("A sealed file does not open.", new IllegalStateException("tag mismatch"));
    }
  }

  @Test
  void onlyAnUnavailableDependencyIsWorthRetrying() {
    assertThat(new Down().retryable()).isTrue();
    assertThat(new Missing().retryable()).isFalse();
    assertThat(new Corrupt().retryable()).isFalse();
  }

  @Test
  void eachKindSaysWhoseFaultItIs() {
    assertThat(new Missing().fault()).isEqualTo(AppException.Fault.CALLER);
    assertThat(new Down().fault()).isEqualTo(AppException.Fault.DEPENDENCY);
    assertThat(new Corrupt().fault()).isEqualTo(AppException.Fault.ONRAMP);
    assertThat(new Corrupt().getCause()).hasMessage("tag mismatch");
  }
}
