package onramp.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import onramp.onboarding.application.InvalidApplicationException;
import org.junit.jupiter.api.Test;

class FailuresTest {
  @Test
  void passesOnOurOwnMessageWhichIsWrittenForPeople() {
    var ours = new InvalidApplicationException(List.of("lastName is required"));

    assertThat(Failures.describe("APP-1", ours))
        .isEqualTo("application.json: lastName is required");
  }

  @Test
  void neverShowsAJavaClassNameOrALibrarysRawMessage() {
    List<Throwable> strangers =
        List.of(
            new NullPointerException("Cannot invoke \"JsonLocation.getLineNr()\""),
            new StackOverflowError(),
            new IllegalStateException("secret row: Jordan Quinn 1990-04-18"));

    for (Throwable stranger : strangers) {
      String said = Failures.describe("APP-1", stranger);

      assertThat(said)
          .startsWith("APP-1 could not be processed because of a problem on our side (reference ")
          .doesNotContain("Exception", "Error", "java.", "Jordan", "getLineNr");
    }
  }
}
