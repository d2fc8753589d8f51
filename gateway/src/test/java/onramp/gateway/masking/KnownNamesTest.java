package onramp.gateway.masking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnownNamesTest {
  private final PatternMasker masker = PatternMasker.standard();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      María José García called twice      | [PERSON_1] called twice
      MARIA JOSE GARCIA called            | [PERSON_1] called
      garcia called, then Maria wrote     | [PERSON_1] called, then [PERSON_2] wrote
      Maria  Garcia's car                 | [PERSON_1]'s car
      Mariana and Garcias are others      | Mariana and Garcias are others
      """)
  void masksKnownNamesIgnoringCaseAndDiacritics(String text, String masked) {
    MaskingSession session = masker.open(MaskingContext.names("María José García"));

    assertThat(session.mask(text)).isEqualTo(masked);
    assertThat(session.unmask(session.mask(text))).isEqualTo(text);
  }

  @Test
  void namesAreMaskedOnlyWhenGivenAsContext() {
    String text = "Maria Garcia and Tom Webb shared the ride.";

    assertThat(masker.detect(text, MaskingContext.none())).isEmpty();
    assertThat(masker.open(MaskingContext.names("Tom Webb")).mask(text))
        .isEqualTo("Maria Garcia and [PERSON_1] shared the ride.");
  }

  @Test
  void everyKnownNameIsMasked() {
    MaskingSession session = masker.open(MaskingContext.names("Marcus Webb", "Lena Fischer"));

    assertThat(session.mask("Marcus picked up Lena Fischer; Fischer tipped."))
        .isEqualTo("[PERSON_1] picked up [PERSON_2]; [PERSON_3] tipped.");
  }
}
