package onramp.gateway.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Empty, huge and hostile input: correct, and linear in time (no catastrophic backtracking). */
class HardInputTest {
  private static final int MB = 1 << 20;
  private final PatternMasker masker = PatternMasker.standard();

  @Test
  void emptyTextMasksToEmpty() {
    MaskingSession session = masker.open(MaskingContext.names("Kim Nguyen"));

    assertThat(session.mask("")).isEmpty();
    assertThat(session.entities()).isEmpty();
  }

  @ParameterizedTest(name = "1 MB of \"{0}\"")
  @ValueSource(
      strings = {
        "1",
        "1 ",
        "1-",
        "1.",
        "(1) ",
        "+1 ",
        "a@",
        "a@b.",
        ":",
        "::",
        "1:",
        "www.",
        "http://",
        "A1",
        "DE89 ",
        "12 Main ",
        "12/",
        "March 1, ",
        "kim ",
        "\u00e9",
        "4111 ",
        "1:1:1:1:1:1:1:1 ",
        "a:b:c:d:e:f:1:2;",
        "http://a"
      })
  void pathologicalInputFinishesFast(String unit) {
    String text = unit.repeat(MB / unit.length());

    assertTimeoutPreemptively(
        Duration.ofSeconds(5), () -> masker.open(MaskingContext.names("Kim Nguyen")).mask(text));
  }

  @Test
  void aMegabyteOfDigitsIsNotPersonalData() {
    String digits = "7".repeat(MB);

    assertThat(masker.detect(digits, MaskingContext.none())).isEmpty();
  }

  @Test
  void hugeTextIsMaskedThroughoutWithStablePlaceholders() {
    String chunk = "Order 48392017 for kim@example.net, SSN 536-22-8147, $23.50 at 10:30.\n";
    String text = chunk.repeat(4 * MB / chunk.length());
    MaskingSession session = masker.open(MaskingContext.none());

    String masked = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> session.mask(text));

    String maskedChunk = "Order 48392017 for [EMAIL_1], SSN [SSN_1], $23.50 at 10:30.\n";
    assertThat(masked).isEqualTo(maskedChunk.repeat(4 * MB / chunk.length()));
    assertThat(session.unmask(masked)).isEqualTo(text);
  }
}
